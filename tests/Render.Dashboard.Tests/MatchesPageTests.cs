using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class MatchesPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Matches_ListCollectionsWithPairCounts()
    {
        await OpenAsync($"matches.html?owner={Dashboard.MatchOwner}");

        var row = Page.Locator("#collections tr[data-collection='testCollection']");
        await Expect(row.Locator("td[data-label='Pairs']")).ToHaveTextAsync("11");
        await Expect(Page.Locator("#collections tbody tr")).ToHaveCountAsync(3);
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Matches_ChooseCollectionAndGroup_ShowsGroupIdsAndPairs()
    {
        await OpenAsync($"matches.html?owner={Dashboard.MatchOwner}");

        await Page.Locator("#collections tr[data-collection='testCollection'] button").ClickAsync();
        await Expect(Page.Locator("#groups button[data-group]")).ToHaveCountAsync(8);
        await Page.Locator("#groups button[data-group='section1']").ClickAsync();

        // render's MatchDaoReadOnlyTest: within section1 2 pairs, outside it 2 pairs.
        var tables = Page.Locator("#pairs table");
        await Expect(tables).ToHaveCountAsync(2);
        await Expect(tables.Nth(0).Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(tables.Nth(1).Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("collection=testCollection&group=section1$"));
        await Screenshots.SaveAsync(Page, "matches");
        AssertNoScriptErrors();
    }
}
