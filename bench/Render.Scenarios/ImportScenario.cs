using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using static Render.Scenarios.ScenarioServer;

namespace Render.Scenarios;

/// <summary>
/// The user guide's import at scale: N sections x M tiles (2048 x 2048, one affine each) sent to
/// a separate <c>render serve</c> process through <c>PUT resolvedTiles?deriveData=true</c> in
/// batches, the stack set COMPLETE, then <c>GET z/{z}/tile-specs</c> timed on a layer; the server's
/// peak resident memory is read from /proc.
/// </summary>
internal static class ImportScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScenarioOptions.Parse(args);
        var dataDir = Path.Combine(Path.GetTempPath(), "render-scenario-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(options, dataDir);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}/render-ws/v1/"), Timeout = TimeSpan.FromMinutes(10) };
            await WaitForServerAsync(client, server).ConfigureAwait(false);
            const string stack = "owner/bench/project/guide/stack/acquire";
            Check(await client.PostAsync(stack, Json("{\"stackResolutionX\":4.0,\"stackResolutionY\":4.0,\"stackResolutionZ\":35.0}")).ConfigureAwait(false));

            Console.WriteLine($"generating {options.Sections} sections x {options.TilesPerSection} tiles in batches of {options.SectionsPerBatch} sections ...");
            var batches = Enumerable.Range(0, options.Sections / options.SectionsPerBatch)
                .Select(b => SyntheticTiles.Batch(b * options.SectionsPerBatch, options.SectionsPerBatch, options.TilesPerSection))
                .ToList();
            var tiles = options.Sections * options.TilesPerSection;
            Console.WriteLine($"{batches.Count} bodies, {batches.Sum(b => (long)b.Length) / 1e6:F1} MB");

            var cpuBefore = CpuTime(server.Id);
            var postgresBefore = PostgresCpuTime();
            var import = Stopwatch.StartNew();
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, async (body, ct) =>
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                Check(await client.PutAsync(stack + "/resolvedTiles?deriveData=true", content, ct).ConfigureAwait(false));
            }).ConfigureAwait(false);
            import.Stop();
            var complete = Stopwatch.StartNew();
            Check(await client.PutAsync(stack + "/state/COMPLETE", null).ConfigureAwait(false));
            complete.Stop();
            var cpu = CpuTime(server.Id) - cpuBefore;
            var postgresCpu = PostgresCpuTime() - postgresBefore;

            var layer = await TimeLayerReadsAsync(client, stack, options.Sections / 2).ConfigureAwait(false);
            var memory = PeakMemory(server.Id);
            Report(options, tiles, import.Elapsed, complete.Elapsed, cpu, layer, memory, StoreLine(options, dataDir, postgresCpu, tiles, "tile"));
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync().ConfigureAwait(false);
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    private static async Task<double[]> TimeLayerReadsAsync(HttpClient client, string stack, int z)
    {
        var path = $"{stack}/z/{z}/tile-specs";
        for (var i = 0; i < 20; i++)
        {
            using var warm = await client.GetAsync(path).ConfigureAwait(false);
            Check(warm);
        }

        var times = new double[200];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            times[i] = watch.Elapsed.TotalMilliseconds;
            Check(response);
            if (body.Length < 1000)
            {
                throw new InvalidOperationException("tile-specs answer is too small");
            }
        }

        Array.Sort(times);
        return times;
    }

    private static void Report(
        ScenarioOptions options, int tiles, TimeSpan import, TimeSpan complete, TimeSpan cpu, double[] layer, (long PeakKb, long NowKb) memory, string storeLine)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"tiles imported:          {tiles:N0} ({options.Sections} sections x {options.TilesPerSection}), {options.Parallel} requests in flight"));
        Console.WriteLine(string.Create(inv, $"import (deriveData):     {import.TotalSeconds:F2} s = {tiles / import.TotalSeconds:N0} tiles/s"));
        Console.WriteLine(string.Create(inv, $"set COMPLETE (stats):    {complete.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(inv, $"import + COMPLETE:       {tiles / (import + complete).TotalSeconds:N0} tiles/s"));
        Console.WriteLine(string.Create(inv, $"server CPU (both):       {cpu.TotalSeconds:F2} s = {cpu.TotalMilliseconds * 1000 / tiles:F1} µs per tile"));
        Console.WriteLine(string.Create(inv, $"GET z/{{z}}/tile-specs ({options.TilesPerSection} tiles): median {layer[layer.Length / 2]:F2} ms, p95 {layer[(int)(layer.Length * 0.95)]:F2} ms, min {layer[0]:F2} ms"));
        Console.WriteLine(string.Create(inv, $"server peak RSS:         {memory.PeakKb / 1024.0:F0} MiB (now {memory.NowKb / 1024.0:F0} MiB)"));
        Console.WriteLine(storeLine);
    }
}
