using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Render.Client;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using static Render.Scenarios.ScenarioServer;

namespace Render.Scenarios;

/// <summary>
/// <c>render solve</c> against a running service: the made-up acquisition of the in-process solve
/// scenario (<see cref="SolveScenario"/>) is loaded into a separate <c>render serve</c> process
/// through the client (not timed as part of the figure), then the <c>render solve</c> command runs
/// as its own process under <c>/usr/bin/time -v</c>: it reads the tiles and matches from the
/// service, solves, and saves a COMPLETE target stack. Its own report gives the split (reading,
/// solving, saving); the solved stack is read back and compared with the truth.
/// </summary>
internal static partial class SolveServiceScenario
{
    public static async Task<int> RunAsync(ScenarioOptions options, string[] args)
    {
        string Value(string name, string fallback) =>
            Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var layers = int.Parse(Value("--layers", "500"), CultureInfo.InvariantCulture);
        var columns = int.Parse(Value("--columns", "20"), CultureInfo.InvariantCulture);
        var rows = int.Parse(Value("--rows", "10"), CultureInfo.InvariantCulture);
        var perPair = int.Parse(Value("--matches", "50"), CultureInfo.InvariantCulture);

        var dataDir = Path.Combine(Path.GetTempPath(), "render-scenario-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(options, dataDir);
        try
        {
            var connection = new RenderConnection("http://127.0.0.1", options.Port, "owner", "bench");
            using (var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}/render-ws/v1/") })
            {
                await WaitForServerAsync(http, server).ConfigureAwait(false);
            }

            var truth = await LoadAsync(connection, layers, columns, rows, perPair).ConfigureAwait(false);
            var cpuBefore = CpuTime(server.Id);
            var (exit, wall, peakKb) = await SolveAsync(options.RenderExecutable, options.Port).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"render solve: exit {exit}, wall {wall.TotalSeconds:0.00} s, peak RSS {peakKb / 1024.0 / 1024:0.00} GiB; server CPU meanwhile {(CpuTime(server.Id) - cpuBefore).TotalSeconds:0.0} s, server peak RSS {PeakMemory(server.Id).PeakKb / 1024.0 / 1024:0.00} GiB"));
            if (exit != 0)
            {
                return exit;
            }

            using var client = new RenderClient(connection);
            var target = new StackId("owner", "bench", "solved");
            var meta = await client.Stacks.GetMetaDataAsync(target).ConfigureAwait(false);
            var solved = new List<Render.Model.Tiles.TileSpec>();
            for (var layer = 0; layer < layers; layer++)
            {
                solved.AddRange((await client.Tiles.GetResolvedAsync(target, layer).ConfigureAwait(false)).TileIdToSpecMap.Values);
            }

            Console.WriteLine($"target {meta.State}, {solved.Count} tiles; corner error after one similarity: {SolveScenario.CornerError(solved, truth)}");
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync().ConfigureAwait(false);
            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>Stack <c>rough</c> (COMPLETE) and collection <c>roughMatches</c>; the pairs go in batches of 5,000, two at once.</summary>
    private static async Task<Dictionary<string, Geometry.Transforms.AffineModel2D>> LoadAsync(RenderConnection connection, int layers, int columns, int rows, int perPair)
    {
        var clock = Stopwatch.StartNew();
        var (tiles, truth) = SolveScenario.Tiles(layers, columns, rows);
        var matches = SolveScenario.Matches(layers, columns, rows, perPair, truth);
        Console.WriteLine($"built {tiles.Count} tiles and {matches.Count} pairs ({(long)matches.Count * perPair} matches) in {clock.Elapsed.TotalSeconds:0.00} s");

        using var client = new RenderClient(connection);
        clock.Restart();
        await client.Tiles.ImportAsync(new StackId("owner", "bench", "rough"), tiles, null, new Client.TileImportOptions { CompleteStack = true }).ConfigureAwait(false);
        var tileTime = clock.Elapsed;
        clock.Restart();
        var collection = MatchCollectionId.Create("owner", "roughMatches").GetValueOrThrow();
        await Parallel.ForEachAsync(matches.Chunk(5000), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, ct) =>
            await client.Matches.SaveAsync(collection, batch, ct).ConfigureAwait(false)).ConfigureAwait(false);
        Console.WriteLine($"loaded the tiles in {tileTime.TotalSeconds:0.00} s and the pairs in {clock.Elapsed.TotalSeconds:0.00} s (setup, not part of the figure)");
        return truth;
    }

    private static async Task<(int Exit, TimeSpan Wall, long PeakKb)> SolveAsync(string render, int port)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-v", render, "solve", "--host", "http://127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--owner", "owner", "--project", "bench",
                     "--stack", "rough", "--match-collection", "roughMatches", "--regularizer-model-type", "RIGID", "--target-stack", "solved", "--complete-target-stack", "--worst", "3",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine("$ " + string.Join(' ', start.ArgumentList.Skip(1)));
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        var peakKb = 0L;
        string? line;
        while ((line = await process.StandardError.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            if (PeakPattern().Match(line) is { Success: true } peak)
            {
                peakKb = long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("render solve:", StringComparison.Ordinal) || !line.StartsWith('\t'))
            {
                Console.WriteLine(line);
            }
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        return (process.ExitCode, clock.Elapsed, peakKb);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakPattern();
}
