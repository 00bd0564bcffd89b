using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class IndexPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Index_LinksToEveryViewAndTheApi_AndListsOwners()
    {
        await OpenAsync("");

        await Expect(Page.Locator("a.card[href='stacks.html']")).ToBeVisibleAsync();
        await Expect(Page.Locator("a.card[href='matches.html']")).ToBeVisibleAsync();
        await Expect(Page.Locator("a.card[href='../openapi/v1.json']")).ToBeVisibleAsync();
        await Expect(Page.Locator("#owners a")).ToHaveTextAsync("testOwner");
        await Expect(Page.Locator("#match-owners a")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#match-owners")).ToContainTextAsync(Dashboard.MatchOwner);
        await Expect(Page.Locator("#match-owners")).ToContainTextAsync(Dashboard.Residuals.MatchOwner);
        await Expect(Page.Locator("footer")).ToContainTextAsync("render (C#)");
        await Screenshots.SaveAsync(Page, "index");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task ServerRoot_RedirectsToTheIndex()
    {
        await Page.GotoAsync(new Uri(Dashboard.ViewBase, "/").AbsoluteUri);

        await Expect(Page).ToHaveURLAsync(Dashboard.Url(""));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("render dashboard");
    }
}
