using Microsoft.Playwright;

namespace Render.Dashboard.Tests;

/// <summary>
/// A test on one fresh browser page at a laptop's size, in its own context (no shared cookies or
/// cache), which records uncaught script errors so each test can assert the page ran cleanly.
/// </summary>
public abstract class PageTest(DashboardFixture dashboard) : IAsyncLifetime
{
    private readonly List<string> _scriptErrors = [];
    private IBrowserContext? _context;

    protected DashboardFixture Dashboard => dashboard;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _context = await dashboard.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        Page = await _context.NewPageAsync();
        Page.SetDefaultTimeout(30_000);
        Page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    protected Task<IResponse?> OpenAsync(string relative) => Page.GotoAsync(dashboard.Url(relative));

    /// <summary>Uncaught exceptions only: a failed image request is logged as a console error by design.</summary>
    protected void AssertNoScriptErrors() => Assert.Empty(_scriptErrors);

    /// <summary>An image frame that has finished: showing the image, or saying it is not available.</summary>
    protected static Task ExpectImageSettledAsync(ILocator frame) =>
        Assertions.Expect(frame.Locator("img, .state.unavailable")).ToHaveCountAsync(1);
}
