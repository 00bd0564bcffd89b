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

    /// <summary>
    /// A new stack created with <paramref name="version"/> (an empty one when null), holding render's
    /// example_1 tiles (boxes derived by the service), set COMPLETE.
    /// </summary>
    public async Task<StackId> NewExample1StackAsync(string prefix, StackVersion? version = null)
    {
        var stackId = NewStackId(prefix);
        await CompleteExample1Async(stackId, version);
        return stackId;
    }

    /// <summary>Creates <paramref name="stackId"/> with <paramref name="version"/>, saves example_1's tiles to it and sets it COMPLETE (an empty stack cannot be).</summary>
    public async Task CompleteExample1Async(StackId stackId, StackVersion? version = null)
    {
        await Client.Stacks.CreateAsync(stackId, version ?? new StackVersion());
        await Client.Tiles.SaveResolvedAsync(stackId, Fixtures.Example1());
        await Client.Stacks.SetStateAsync(stackId, StackState.Complete);
    }

    /// <summary>A new collection of three pairs, two matches each: 0/a–1/b and 0/a–1/c across groups, 1/b–1/c within group 1.</summary>
    public async Task<MatchCollectionId> NewThreePairCollectionAsync(string prefix)
    {
        var collection = NewCollectionId(prefix);
        await Client.Matches.SaveAsync(collection, [Pair("0", "a", "1", "b"), Pair("0", "a", "1", "c"), Pair("1", "b", "1", "c")]);
        return collection;
    }

    private static CanvasMatches Pair(string pGroupId, string pId, string qGroupId, string qId) =>
        new(pGroupId, pId, qGroupId, qId, Matches: new Matches([[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]], [0.5, 1.0]));

    private static string UniqueName(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..12];
}
