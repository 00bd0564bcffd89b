using Microsoft.AspNetCore.Builder;
using Render.Client;
using Render.Server;

namespace Render.Cli.Tests;

/// <summary>
/// The harness of the tests of the commands built on the client: a service started in-process on
/// a free loopback port with a data folder of its own, and the CLI run in-process against it as
/// owner <c>cliOwner</c> and project <c>cliProject</c>.
/// </summary>
public abstract class InProcessServiceTests : IAsyncLifetime
{
    private WebApplication? _app;
    private string[] _connection = [];

    /// <summary>The service's API root, <c>http://127.0.0.1:{port}/render-ws/v1</c> (render's baseDataUrl).</summary>
    protected string BaseDataUrl { get; private set; } = string.Empty;

    /// <summary>The service's data folder, deleted afterwards; tests may put their own files in it.</summary>
    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "render-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>The service's base address, for tests that read it directly.</summary>
    protected Uri ServiceAddress { get; private set; } = new("http://127.0.0.1/");
    /// <summary>The service as owner <c>cliOwner</c> and project <c>cliProject</c>, for tests that set up or read back through the client.</summary>
    protected RenderConnection Connection { get; private set; } = null!;

    /// <summary>render's example_1 fixtures (tile specs, shared transforms, changes, world points).</summary>
    protected static string Example1 { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");

    public async Task InitializeAsync()
    {
        _app = await RenderServer.CreateAsync(
            new RenderServerOptions { Port = 0, DataDirectory = DataDirectory, LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning }, CancellationToken.None);
        await _app.StartAsync();
        var address = RenderServer.BaseAddress(_app);
        BaseDataUrl = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://{address.Host}:{address.Port}/render-ws/v1");
        ServiceAddress = address;
        Connection = new RenderConnection($"http://{address.Host}", address.Port, "cliOwner", "cliProject");
        _connection = ["--host", address.Host, "--port", address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--owner", "cliOwner"];
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>Runs <c>render</c> with <paramref name="args"/> and the connection options.</summary>
    protected Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunInProjectAsync("cliProject", args);

    /// <summary>Runs <c>render</c> with <paramref name="args"/> and the connection options, in another project.</summary>
    protected async Task<(int Exit, string Output, string Error)> RunInProjectAsync(string project, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RenderCommandLine.RunAsync([.. args, .. _connection, "--project", project], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Imports example_1's tiles and shared transforms into <paramref name="stack"/> and sets it COMPLETE.</summary>
    protected async Task ImportExample1Async(string stack)
    {
        var (exit, _, error) = await RunAsync(
            "import", "--stack", stack, "--complete",
            "--transform-file", Path.Combine(Example1, "cycle1_step1_acquire_transforms.json"), Path.Combine(Example1, "cycle1_step1_acquire_tiles.json"));
        Assert.True(exit == 0, error);
    }
}
