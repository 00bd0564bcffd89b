using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Render.Cli.Tests;

/// <summary>A real <c>render serve</c> process (the built render.dll beside the tests), killed on dispose.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri apiBase)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = apiBase, Timeout = TimeSpan.FromMinutes(1) };
    }

    /// <summary>A client whose relative paths resolve under the process's <c>/render-ws/v1/</c>.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts <c>render serve --port 0</c> with the arguments and waits until it says where it listens.</summary>
    public static async Task<ServeProcess> StartAsync(params string[] arguments)
    {
        // The tests run under the dotnet host; render.dll runs under the same one.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "render.dll"), "serve", "--port", "0" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningUrl().Match(line) is { Success: true } match)
            {
                // Keep reading, so that a full pipe never blocks the server.
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServeProcess(process, new Uri(match.Groups[1].Value + "/"));
            }
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"render serve exited with {process.ExitCode}: {await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (\S+/render-ws/v1)")]
    private static partial Regex ListeningUrl();
}
