using System.Text.RegularExpressions;

namespace Render.Cli.Tests;

public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Help_ListsTheFixedOptions()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(["serve", "--help"], output, error);

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--port", "--host", "--data-dir", "--db", "--image-root" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OutOfRangePort_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(["serve", "--port", "70000"], output, error);

        Assert.NotEqual(0, exit);
        Assert.Contains("--port must be between 0 and 65535", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AnswersOnLoopback_AndStopsOnCancel()
    {
        string url = "", owners = "", dashboard = "";

        var (exit, output, storeCreated) = await ServeAsync([], async (api, client) =>
        {
            url = api;
            owners = await client.GetStringAsync(new Uri(api + "/owners/"));
            dashboard = await client.GetStringAsync(new Uri(api.Replace("/render-ws/v1", "/render-ws/view/", StringComparison.Ordinal)));
        });

        Assert.Equal("[]", owners);
        Assert.Contains("<title>render dashboard</title>", dashboard, StringComparison.Ordinal);
        Assert.Contains($"dashboard: {url.Replace("/render-ws/v1", "/render-ws/view/", StringComparison.Ordinal)}", output, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.True(storeCreated);
    }

    [Fact]
    public async Task MaxConcurrentTrials_BelowOne_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(["serve", "--port", "0", "--max-concurrent-trials", "0"], output, error);

        Assert.NotEqual(0, exit);
        Assert.Contains("--max-concurrent-trials must be 1 or more", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxConcurrentTrials_ReachesTheServersProperties()
    {
        var properties = "";

        var (exit, _, _) = await ServeAsync(["--max-concurrent-trials", "3"], async (api, client) => properties = await client.GetStringAsync(new Uri(api + "/serverProperties")));

        Assert.Contains("\"maxConcurrentTrials\":\"3\"", properties, StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Serve_WithAnUnreachableDatabase_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(["serve", "--port", "0", "--db", "Host=127.0.0.1;Port=1;Username=render;Timeout=5"], output, error);

        Assert.Equal(1, exit);
        Assert.StartsWith("render serve: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ImageRoots_PreferOptionsOverTheEnvironment()
    {
        Assert.Equal(["/a", "/b"], Commands.ServeCommand.ImageRoots(["/a", "/b"]));
    }

    /// <summary>
    /// Runs <c>render serve</c> on a free loopback port with a fresh data folder and these extra
    /// options, calls <paramref name="probe"/> with its API URL, then stops it: its exit code, what it
    /// wrote, and whether it created the embedded store.
    /// </summary>
    private static async Task<(int Exit, string Output, bool StoreCreated)> ServeAsync(string[] options, Func<string, HttpClient, Task> probe)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "render-cli-tests-" + Guid.NewGuid().ToString("N"));
        using var inner = new StringWriter();
        var output = TextWriter.Synchronized(inner);
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        try
        {
            var serving = RenderCommandLine.RunAsync(["serve", "--port", "0", "--data-dir", dataDir, .. options], output, error, stop.Token);
            var url = await WaitForUrlAsync(() => Snapshot(output, inner), serving);
            try
            {
                using var client = new HttpClient();
                await probe(url, client);
            }
            finally
            {
                // A failed probe still stops the server before its folder goes.
                await stop.CancelAsync();
            }

            var exit = await serving;
            return (exit, Snapshot(output, inner), File.Exists(Path.Combine(dataDir, "render.sqlite")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    /// <summary>The text written so far (SyncTextWriter locks on itself while writing).</summary>
    private static string Snapshot(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized)
        {
            return inner.ToString();
        }
    }

    private static async Task<string> WaitForUrlAsync(Func<string> output, Task<int> serving)
    {
        for (var i = 0; i < 200 && !serving.IsCompleted; i++)
        {
            var match = ListeningUrl().Match(output());
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"the server did not report its address: {output()}");
    }

    [GeneratedRegex(@"listening on (\S+/render-ws/v1)")]
    private static partial Regex ListeningUrl();
}
