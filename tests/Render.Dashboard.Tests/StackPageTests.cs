using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class StackPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Stack_ListsItsSections_AndShowsAnOverviewOfTheFirstZ()
    {
        await OpenAsync($"stack.html?{Dashboard.Example1Query}");

        var rows = Page.Locator("#sections tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).Locator("td[data-label='Section']")).ToHaveTextAsync("3407.0");
        await Expect(rows.Nth(0).Locator("td[data-label='Tiles']")).ToHaveTextAsync("4");
        await Expect(rows.Nth(1).Locator("td[data-label='z']")).ToHaveTextAsync("3408");
        await Expect(Page.Locator("#summary")).ToContainTextAsync("COMPLETE");
        await Expect(Page.Locator("#overview-title")).ToHaveTextAsync("Overview of z 3407");
        await ExpectImageSettledAsync(Page.Locator("#overview .image-frame"));
        await Screenshots.SaveAsync(Page, "stack");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Stack_Loading_ListsItsZValuesAndSaysWhereStatsComeFrom()
    {
        await OpenAsync($"stack.html?owner=testOwner&project=testProject&stack={Dashboard.LoadingStackName}");

        await Expect(Page.Locator("#summary .badge")).ToHaveTextAsync("LOADING");
        await Expect(Page.Locator("#summary .note")).ToContainTextAsync("setting the stack COMPLETE");
        await Expect(Page.Locator("#sections tbody td[data-label='z']")).ToHaveTextAsync(["3407", "3408"]);
        await Screenshots.SaveAsync(Page, "stack-loading");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task Stack_Missing_ShowsTheServiceError()
    {
        await OpenAsync("stack.html?owner=testOwner&project=testProject&stack=noSuchStack");

        var error = Page.Locator("#summary .state.error");
        await Expect(error).ToContainTextAsync("HTTP 404");
        await Expect(error.Locator("pre")).ToContainTextAsync("noSuchStack");
        await Screenshots.SaveAsync(Page, "stack-missing");
        AssertNoScriptErrors();
    }
}
