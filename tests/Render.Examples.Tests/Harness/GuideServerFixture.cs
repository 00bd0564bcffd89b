using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Render.Client;
using Render.Examples.Chapters;
using Render.Server;

namespace Render.Examples.Tests.Harness;

/// <summary>
/// A render server on a free loopback port with a throwaway SQLite folder, shared by every test of
/// the guide, and a client of it made the way the guide's program makes one: through
/// <see cref="ConnectChapter.Connect"/> from <c>RENDER_*</c> variables. Each test names its own
/// stacks and collections with <see cref="NewPrefix"/>.
/// </summary>
public sealed class GuideServerFixture : IAsyncLifetime
{
    public const string Owner = "guideTests";
    public const string Project = "user_guide";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-examples-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _server;

    public RenderClient Client { get; private set; } = null!;

    /// <summary>The variables the program would read from the environment, pointing at this server.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _server = await RenderServer.CreateAsync(
            new RenderServerOptions { Port = 0, DataDirectory = _dataDirectory, LogLevel = LogLevel.Warning }, CancellationToken.None);
        await _server.StartAsync();
        var address = RenderServer.BaseAddress(_server);
        Variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["RENDER_HOST"] = address.Host,
            ["RENDER_PORT"] = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RENDER_OWNER"] = Owner,
            ["RENDER_PROJECT"] = Project,
        };
        Client = ConnectChapter.Connect(Lookup(Variables), TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>A lookup of <paramref name="variables"/> in the shape of <see cref="Environment.GetEnvironmentVariable(string)"/>.</summary>
    public static Func<string, string?> Lookup(IReadOnlyDictionary<string, string> variables) => name => variables.GetValueOrDefault(name);

    /// <summary>A name prefix no other test uses (render's name rule: letters and digits, single underscores).</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The <see cref="SmallGrid"/> acquisition, imported under a new prefix.</summary>
    public Task<SyntheticAcquisition> AcquireAsync(TextWriter? log = null) =>
        SyntheticAcquisitionChapter.RunAsync(Client, NewPrefix(), SmallGrid, log ?? TextWriter.Null, CancellationToken.None);

    /// <summary>3 sections of 6 tiles (3 columns by 2 rows), sent 4 tiles a request, 2 requests at a time.</summary>
    public static AcquisitionGrid SmallGrid { get; } = new(3, 6, BatchSize: 4, MaxParallelRequests: 2);
}
