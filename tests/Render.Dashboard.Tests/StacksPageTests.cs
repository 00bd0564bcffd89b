using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class StacksPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Stacks_ListExample1_WithTileCountAndBounds()
    {
        await OpenAsync("stacks.html");

        var row = Page.Locator("#stacks tbody tr", new() { HasText = Dashboard.Example1StackName });
        await Expect(row.Locator("td[data-label='State']")).ToHaveTextAsync("COMPLETE");
        await Expect(row.Locator("td[data-label='Tiles']")).ToHaveTextAsync("8");
        await Expect(row.Locator("td[data-label='Sections']")).ToHaveTextAsync("2");
        await Expect(row.Locator("td[data-label='Z range']")).ToHaveTextAsync("3407 – 3408");
        await Expect(row.Locator("td[data-label='Bounds']")).ToHaveTextAsync("x 149 – 5,103 · y 130 – 5,386");
        await Expect(Page.Locator("select[aria-label='Owner']")).ToHaveValueAsync("testOwner");
        var loading = Page.Locator("#stacks tbody tr", new() { HasText = Dashboard.LoadingStackName });
        await Expect(loading.Locator("td[data-label='Tiles']")).ToHaveTextAsync("—");
        await Expect(Page.Locator("#stacks .note")).ToContainTextAsync("setting a stack COMPLETE derives them");
        await Expect(Page).ToHaveURLAsync(Dashboard.Url("stacks.html?owner=testOwner&project=testProject"));
        await Screenshots.SaveAsync(Page, "stacks");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Stacks_HeaderClick_SortsAndMarksTheColumn()
    {
        await OpenAsync("stacks.html?owner=testOwner");

        var header = Page.Locator("#stacks th", new() { HasText = "Tiles" });
        await header.Locator("button").ClickAsync();
        await Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        await header.Locator("button").ClickAsync();
        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        AssertNoScriptErrors();
    }
}
