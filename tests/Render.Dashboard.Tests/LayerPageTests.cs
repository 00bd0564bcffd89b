using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class LayerPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Layer_Z3407_DrawsFourTileBoxes()
    {
        await OpenAsync($"layer.html?{Dashboard.Example1Query}&z=3407");

        await Expect(Page.Locator("svg.layer-boxes rect.tile")).ToHaveCountAsync(4);
        await Expect(Page.Locator("#layer-caption")).ToContainTextAsync("4 tiles");
        await Expect(Page.Locator("select[aria-label='z']")).ToHaveValueAsync("3407");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Layer_ClickTile_ShowsItsSpecAndImage()
    {
        await OpenAsync($"layer.html?{Dashboard.Example1Query}&z=3407");
        var tile = Page.Locator("svg.layer-boxes rect.tile").First;
        var tileId = await tile.GetAttributeAsync("data-tile-id");

        await tile.ClickAsync();

        await Expect(Page.Locator("#tile h2")).ToHaveTextAsync(tileId!);
        await Expect(Page.Locator("#tile pre.spec")).ToContainTextAsync($"\"tileId\": \"{tileId}\"");
        await Expect(Page.Locator("#tile pre.spec")).ToContainTextAsync("LENS_CORRECTION_temca7_camera0");
        await Expect(tile).ToHaveClassAsync("tile chosen");
        await ExpectImageSettledAsync(Page.Locator("#tile .image-frame"));
        await Screenshots.SaveAsync(Page, "layer");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Layer_NextZ_DrawsTheNextLayer()
    {
        await OpenAsync($"layer.html?{Dashboard.Example1Query}");

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "next z →" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Layer z 3408");
        await Expect(Page.Locator("svg.layer-boxes rect.tile")).ToHaveCountAsync(4);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("z=3408$"));
        AssertNoScriptErrors();
    }
}
