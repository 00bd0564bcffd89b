using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Render.Client;
using Render.Model.Stacks;
using Render.Server;

namespace Render.Cli.Tests.Install;

/// <summary>
/// README's two install paths, followed as a newcomer would on a copy of the repository without
/// git: the .NET tool (<c>dotnet pack</c>, then <c>dotnet tool install --global --add-source</c>
/// into a home folder of its own) and the self-contained single-file build for linux-x64. Slow (a
/// Release build, ReadyToRun compilation and a self-contained publish): both share one copy, and
/// each step is one process.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class InstallTests(SourceCopy copy) : IClassFixture<SourceCopy>
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The version the copy's builds carry: no git there, so no commit after it.</summary>
    private static readonly string BuildVersion =
        typeof(RenderCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task PackedTool_InstalledGlobally_RunsVersionAndAClientScriptFromThePath()
    {
        var packages = copy.Folder("packages");
        var (exit, output, error) = await SourceCopy.RunAsync(
            SourceCopy.Dotnet, ["pack", Path.Combine(copy.Root, "src", "Render.Cli"), "-c", "Release", "-o", packages], NoChanges, BuildTimeout);
        Assert.True(exit == 0, output + error);
        Assert.True(File.Exists(Path.Combine(packages, $"render.linux-x64.{BuildVersion}.nupkg")), string.Join(", ", Directory.GetFiles(packages)));

        var home = new Dictionary<string, string?> { ["HOME"] = copy.Home, ["DOTNET_CLI_HOME"] = copy.Home };
        (exit, output, error) = await SourceCopy.RunAsync(
            SourceCopy.Dotnet, ["tool", "install", "--global", "--add-source", packages, "render"], home, BuildTimeout);
        Assert.True(exit == 0, output + error);

        var fromPath = new Dictionary<string, string?>(home)
        {
            ["PATH"] = Path.Combine(copy.Home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["RENDER_CLI"] = null,
        };
        (exit, output, error) = await SourceCopy.RunAsync("bash", ["-c", "render --version"], fromPath, RunTimeout);
        Assert.True(exit == 0, error);
        Assert.Equal(BuildVersion, output.Trim());

        // The script alone in a folder: no repository build beside it, so only the PATH can give it render.
        var script = Path.Combine(copy.Folder("scripts"), "run_ws_client.sh");
        File.Copy(Path.Combine(copy.Root, "client-scripts", "run_ws_client.sh"), script);
        File.SetUnixFileMode(script, File.GetUnixFileMode(Path.Combine(copy.Root, "client-scripts", "run_ws_client.sh")));
        await ImportThroughScriptAsync(script, fromPath);
    }

    [Fact]
    public async Task SingleFileBuild_WithoutDotnetOnThePath_RunsAndServes()
    {
        var folder = copy.Folder("single-file");
        var (exit, output, error) = await SourceCopy.RunAsync(
            SourceCopy.Dotnet,
            ["publish", Path.Combine(copy.Root, "src", "Render.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-p:PublishSingleFile=true", "-o", folder],
            NoChanges, BuildTimeout);
        Assert.True(exit == 0, output + error);
        var render = Path.Combine(folder, "render");

        var noDotnet = new Dictionary<string, string?>
        {
            ["PATH"] = copy.Folder("empty-bin"),
            ["DOTNET_ROOT"] = null,
            ["HOME"] = copy.Home,
            ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = copy.Folder("bundle"),
        };
        (exit, output, error) = await SourceCopy.RunAsync(render, ["--version"], noDotnet, RunTimeout);
        Assert.True(exit == 0, error);
        Assert.Equal(BuildVersion, output.Trim());

        // serve opens SQLite (a native library carried in the file) and restarts itself with the service's runtime settings.
        var start = new ProcessStartInfo(render) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--port", "0", "--data-dir", copy.Folder("data") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in noDotnet)
        {
            start.Environment[name] = value;
        }

        using var server = Process.Start(start)!;
        try
        {
            var errors = server.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(RunTimeout);
            var line = await server.StandardOutput.ReadLineAsync(timeout.Token);
            var url = line is null ? null : ListeningUrl().Match(line);
            Assert.True(url is { Success: true }, $"render serve said '{line}': {(server.HasExited ? await errors : string.Empty)}");

            using var client = new HttpClient();
            var versionInfo = await client.GetStringAsync(new Uri(url.Groups[1].Value + "/versionInfo"));
            var environment = await File.ReadAllTextAsync($"/proc/{server.Id}/environ");

            Assert.Contains($"\"version\":\"{BuildVersion}\"", versionInfo, StringComparison.Ordinal);
            Assert.Contains("\0DOTNET_gcServer=1\0", "\0" + environment, StringComparison.Ordinal);
            Assert.Contains("\0DOTNET_TC_QuickJit=0\0", "\0" + environment, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static IReadOnlyDictionary<string, string?> NoChanges { get; } = new Dictionary<string, string?>();

    /// <summary>render-python's ImportJsonClient call of example_1's tiles into a service started here; the stack is then read back.</summary>
    private static async Task ImportThroughScriptAsync(string script, IReadOnlyDictionary<string, string?> environment)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "render-install-service-" + Guid.NewGuid().ToString("N"));
        var app = await RenderServer.CreateAsync(
            new RenderServerOptions { Port = 0, DataDirectory = dataDir, LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning }, CancellationToken.None);
        try
        {
            await app.StartAsync();
            var address = RenderServer.BaseAddress(app);
            var example = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");
            var (exit, output, error) = await SourceCopy.RunAsync(
                script,
                ["1G", "org.janelia.render.client.ImportJsonClient",
                 "--baseDataUrl", string.Create(CultureInfo.InvariantCulture, $"http://{address.Host}:{address.Port}/render-ws/v1"),
                 "--owner", "installOwner", "--project", "installProject", "--stack", "fromPath",
                 "--transformFile", Path.Combine(example, "cycle1_step1_acquire_transforms.json"), Path.Combine(example, "cycle1_step1_acquire_tiles.json")],
                environment, RunTimeout);
            Assert.True(exit == 0, output + error);

            using var client = new RenderClient(new RenderConnection($"http://{address.Host}", address.Port, "installOwner", "installProject"));
            var tiles = await client.Tiles.GetResolvedAsync(new StackId("installOwner", "installProject", "fromPath"));
            Assert.Equal(8, tiles.TileIdToSpecMap.Count);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [GeneratedRegex(@"listening on (\S+/render-ws/v1)")]
    private static partial Regex ListeningUrl();
}
