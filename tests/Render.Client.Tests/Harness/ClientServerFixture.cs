using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Server;

namespace Render.Client.Tests.Harness;

/// <summary>
/// A real render server on a free loopback port with its own SQLite folder, and a client of it,
/// shared by the tests of one class; each test makes its own stacks and collections.
/// </summary>
public sealed class ClientServerFixture : IAsyncLifetime
{
    public const string Owner = "clientTests";
    public const string Project = "guide";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-client-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public RenderClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new RenderServerOptions { Port = 0, DataDirectory = _dataDirectory, LogLevel = LogLevel.Warning };
        _app = await RenderServer.CreateAsync(options, CancellationToken.None);
        await _app.StartAsync();
        var address = RenderServer.BaseAddress(_app);
        var connection = new RenderConnection($"{address.Scheme}://{address.Host}", address.Port, Owner, Project);
        Client = new RenderClient(connection, new RenderClientOptions { Timeout = TimeSpan.FromMinutes(1) });
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>A stack id no other test uses.</summary>
    public StackId NewStackId(string prefix) => Client.StackIdOf(UniqueName(prefix));

    /// <summary>A match collection id no other test uses.</summary>
    public MatchCollectionId NewCollectionId(string prefix) => Client.CollectionIdOf(UniqueName(prefix));

    private static string UniqueName(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..12];
}
