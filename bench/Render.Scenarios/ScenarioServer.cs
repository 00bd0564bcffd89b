using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Render.Scenarios;

/// <summary>The <c>render serve</c> process a scenario drives: start, wait, resources read from /proc, response checks.</summary>
internal static class ScenarioServer
{
    public static (long PeakKb, long NowKb) PeakMemory(int pid)
    {
        long Read(string key) => File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture))
            .FirstOrDefault();
        return (Read("VmHWM:"), Read("VmRSS:"));
    }

    /// <summary>User plus system CPU time of a process (/proc/{pid}/stat, in clock ticks of 10 ms).</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>
    /// User plus system CPU time of every PostgreSQL server process on the machine (the backends
    /// serving the scenario's server stay open in its pool, so a difference is theirs on a quiet machine).
    /// </summary>
    public static TimeSpan PostgresCpuTime() =>
        Directory.EnumerateDirectories("/proc")
            .Where(folder => int.TryParse(Path.GetFileName(folder), out _))
            .Select(folder =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(folder, "comm")).Trim() == "postgres" ? CpuTime(int.Parse(Path.GetFileName(folder), CultureInfo.InvariantCulture)) : TimeSpan.Zero;
                }
                catch (IOException)
                {
                    return TimeSpan.Zero; // ended meanwhile
                }
            })
            .Aggregate(TimeSpan.Zero, (sum, time) => sum + time);

    /// <summary>The report line on the store: the database file's size, or the PostgreSQL server's CPU time.</summary>
    public static string StoreLine(ScenarioOptions options, string dataDir, TimeSpan postgresCpu, int items, string item)
    {
        var file = new FileInfo(Path.Combine(dataDir, "render.sqlite"));
        return options.Database is null
            ? string.Create(CultureInfo.InvariantCulture, $"database file:           {(file.Exists ? file.Length / 1e6 : 0):F0} MB")
            : string.Create(CultureInfo.InvariantCulture, $"PostgreSQL CPU (as above): {postgresCpu.TotalSeconds:F2} s = {postgresCpu.TotalMilliseconds * 1000 / items:F1} µs per {item}");
    }

    public static Process StartServer(ScenarioOptions options, string dataDir, params string[] moreArguments)
    {
        var start = new ProcessStartInfo(options.RenderExecutable)
        {
            ArgumentList = { "serve", "--port", options.Port.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in options.Database is null ? ["--data-dir", dataDir] : new[] { "--db", options.Database })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in moreArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {options.RenderExecutable}");
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) Console.WriteLine($"[server] {line.Data}"); };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Ends the server process and removes its data folder.</summary>
    public static async Task StopServerAsync(Process server, string dataDir)
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync().ConfigureAwait(false);
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    public static async Task WaitForServerAsync(HttpClient client, Process server)
    {
        for (var i = 0; i < 100; i++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {server.ExitCode}");
            }

            try
            {
                using var response = await client.GetAsync("owners").ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new InvalidOperationException("the server did not answer");
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static void Check(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} " +
                response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        }
    }
}
