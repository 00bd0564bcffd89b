using Microsoft.Playwright;
using Render.Server.Tests.Harness;

namespace Render.Dashboard.Tests;

/// <summary>
/// One server with render's example_1 stack (COMPLETE, and a copy left LOADING) and render's MatchDao test collections, and
/// one headless Chromium, shared by the dashboard tests. Each test opens its own page and only reads.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly SqliteServerFixture _server = new();
    private IPlaywright? _playwright;

    /// <summary>The dashboard's root, <c>http://127.0.0.1:{port}/render-ws/view/</c>.</summary>
    public Uri ViewBase { get; private set; } = null!;

    /// <summary>The example_1 stack's path <c>owner/{o}/project/{p}/stack/{s}</c>.</summary>
    public string Example1Stack { get; private set; } = null!;

    /// <summary>The name of a second example_1 stack left LOADING: no stats and no section aggregate yet.</summary>
    public string LoadingStackName { get; private set; } = null!;

    /// <summary>The owner of the testCollection (11 pairs), testCollectionB and testCollectionC.</summary>
    public string MatchOwner { get; private set; } = null!;

    /// <summary>The made-up aligned layer of <see cref="ResidualLayer"/> (z 1: a, b, c; b-c off by 3 px) and its collection's owner.</summary>
    public (string Stack, string MatchOwner) Residuals { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync().ConfigureAwait(false);
        ViewBase = new Uri(_server.ApiBase, "/render-ws/view/");
        var api = new RenderApi(_server.Client);
        Example1Stack = await api.CreateExample1StackAsync().ConfigureAwait(false);
        var loading = await api.CreateExample1StackAsync(complete: false).ConfigureAwait(false);
        LoadingStackName = loading[(loading.LastIndexOf('/') + 1)..];
        MatchOwner = await api.ImportFixtureCollectionsAsync().ConfigureAwait(false);
        Residuals = await api.CreateResidualLayerAsync().ConfigureAwait(false);

        // Browser answers come slowly on a loaded two-core machine: wait longer than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.Path(),
            Headless = true,
        }).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The example_1 stack's name.</summary>
    public string Example1StackName => Example1Stack[(Example1Stack.LastIndexOf('/') + 1)..];

    /// <summary>The query naming the example_1 stack on the stack and layer pages.</summary>
    public string Example1Query => $"owner=testOwner&project=testProject&stack={Example1StackName}";

    /// <summary>A dashboard page URL, e.g. <c>Url("stacks.html?owner=o")</c>.</summary>
    public string Url(string relative) => new Uri(ViewBase, relative).AbsoluteUri;
}
