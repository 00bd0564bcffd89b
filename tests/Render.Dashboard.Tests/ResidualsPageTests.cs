using Microsoft.Playwright;
using Render.Server.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

/// <summary>residuals.html on the made-up layer of <see cref="ResidualLayer"/>: b-c off by 3 px, a-b exact, a-d (z 2) off by 1 px.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ResidualsPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    private string Query
    {
        get
        {
            var parts = Dashboard.Residuals.Stack.Split('/');
            return $"owner={parts[1]}&project={parts[3]}&stack={parts[5]}&z=1&matchOwner={Dashboard.Residuals.MatchOwner}&matchCollection={ResidualLayer.Collection}";
        }
    }

    [Fact]
    public async Task Residuals_MadeUpLayer_DrawsTheTilesOfTheBadPairInTheBadColour()
    {
        await OpenAsync($"residuals.html?{Query}");

        await Expect(Page.Locator("svg.layer-boxes rect.tile")).ToHaveCountAsync(3);
        await Expect(Page.Locator("rect.tile[data-tile-id='b']")).ToHaveClassAsync("tile residual bad");
        await Expect(Page.Locator("rect.tile[data-tile-id='c']")).ToHaveClassAsync("tile residual bad");
        await Expect(Page.Locator("rect.tile[data-tile-id='a']")).ToHaveClassAsync("tile residual fair");
        await Expect(Page.Locator("#summary")).ToContainTextAsync("3 tiles · 3 pairs · 5 matches · mean 1.40 px · worst 3.00 px (b – c)");
        await Expect(Page.Locator(".residual-legend")).ToContainTextAsync("3 px");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Residuals_ClickTheBadTile_ListsItsWorstPairWithItsResidual()
    {
        await OpenAsync($"residuals.html?{Query}");

        await Page.Locator("rect.tile[data-tile-id='b']").ClickAsync();

        await Expect(Page.Locator("#tile h2")).ToHaveTextAsync("b");
        await Expect(Page.Locator("#tile p.note")).ToContainTextAsync("2 pairs · 4 matches · mean 1.50 px · max 3.00 px");
        var first = Page.Locator("#tile tbody tr").First;
        await Expect(first.Locator("td").First).ToHaveTextAsync("c");
        await Expect(first).ToContainTextAsync("3.00 px");
        await Expect(Page.Locator("#tile tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.Locator("rect.tile[data-tile-id='b']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("chosen"));
        await Screenshots.SaveAsync(Page, "residuals");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Residuals_WithoutCollection_SaysWhatIsMissing()
    {
        var parts = Dashboard.Residuals.Stack.Split('/');

        await OpenAsync($"residuals.html?owner={parts[1]}&project={parts[3]}&stack={parts[5]}&z=1");

        await Expect(Page.Locator("#layer .state.error")).ToContainTextAsync("matchCollection");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Layer_ResidualsForm_OpensTheResidualsOfTheLayer()
    {
        var parts = Dashboard.Residuals.Stack.Split('/');
        await OpenAsync($"layer.html?owner={parts[1]}&project={parts[3]}&stack={parts[5]}&z=1");

        await Page.GetByLabel("match owner").FillAsync(Dashboard.Residuals.MatchOwner);
        await Page.GetByLabel("match collection").FillAsync(ResidualLayer.Collection);
        await Page.GetByRole(AriaRole.Button, new() { Name = "residuals" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Residuals of z 1");
        await Expect(Page.Locator("rect.tile[data-tile-id='b']")).ToHaveClassAsync("tile residual bad");
        AssertNoScriptErrors();
    }
}
