using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Render.Server.Tests.Harness;

/// <summary>
/// One running server on a free loopback port with its own store, shared by the tests of one class
/// (each test uses its own stack names). Subclasses choose the store; the contract classes run the
/// same tests against each.
/// </summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The API root, ending in <c>/render-ws/v1/</c>.</summary>
    public Uri ApiBase { get; private set; } = null!;

    /// <summary>The running server's services (a test may hold what requests compete for, such as trial slots).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the server is not started");

    /// <summary>A client for the API (relative paths resolve under <see cref="ApiBase"/>).</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every server may read the copied reference images (the image tests' tiles point there).
        var options = await CreateOptionsAsync().ConfigureAwait(false);
        options = options with { ImageRoots = [.. options.ImageRoots, Fixtures.Root] };
        _app = await RenderServer.CreateAsync(options, CancellationToken.None).ConfigureAwait(false);
        await _app.StartAsync().ConfigureAwait(false);
        ApiBase = new Uri(RenderServer.BaseAddress(_app), "render-ws/v1/");
        Client = new HttpClient { BaseAddress = ApiBase, Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        await DisposeStoreAsync().ConfigureAwait(false);
    }

    /// <summary>The server options for this store, on port 0 (a free port).</summary>
    protected abstract Task<RenderServerOptions> CreateOptionsAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;
}

/// <summary>The embedded store in a temporary folder.</summary>
public sealed class SqliteServerFixture : ServerFixture
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<RenderServerOptions> CreateOptionsAsync() => Task.FromResult(new RenderServerOptions
    {
        Port = 0,
        DataDirectory = _dataDirectory,
        LogLevel = LogLevel.Warning,
    });

    protected override Task DisposeStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
