using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using static Render.Scenarios.ScenarioServer;

namespace Render.Scenarios;

/// <summary>
/// Point matches at scale: pairs of tiles of consecutive groups (2,000 per group pair by default)
/// sent to a separate <c>render serve</c> process through <c>PUT matches</c> in batches, then
/// <c>matchesWith</c> and <c>matchesOutsideGroup</c> timed on groups with 2,000 pairs; the
/// server's peak resident memory is read from /proc.
/// </summary>
internal static class MatchScenario
{
    private const string Collection = "owner/bench/matchCollection/montage";

    /// <summary>A collection for the warm-up import, dropped before the clock starts.</summary>
    private const string WarmUpCollection = "owner/bench/matchCollection/warmUp";

    public static async Task<int> RunAsync(ScenarioOptions options)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "render-scenario-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(options, dataDir);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}/render-ws/v1/"), Timeout = TimeSpan.FromMinutes(10) };
            await WaitForServerAsync(client, server).ConfigureAwait(false);

            var pairs = options.GroupPairs * options.PairsPerGroupPair;
            Console.WriteLine($"generating {pairs:N0} pairs of {options.MatchesPerPair} matches in batches of {options.PairsPerBatch} ...");
            var batches = Enumerable.Range(0, (pairs + options.PairsPerBatch - 1) / options.PairsPerBatch)
                .AsParallel().AsOrdered()
                .Select(b => SyntheticMatches.Batch(b * options.PairsPerBatch, Math.Min(options.PairsPerBatch, pairs - (b * options.PairsPerBatch)), options.PairsPerGroupPair, options.MatchesPerPair))
                .ToList();
            var bytes = batches.Sum(b => (long)b.Length);
            Console.WriteLine($"{batches.Count} bodies, {bytes / 1e6:F1} MB");

            // A long-running service has its code compiled: one batch into another collection first,
            // so that the figures are the steady state rather than the JIT compiler's first seconds.
            using (var warmUp = new ByteArrayContent(batches[0]))
            {
                warmUp.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                Check(await client.PutAsync(WarmUpCollection + "/matches", warmUp).ConfigureAwait(false));
                Check(await client.DeleteAsync(WarmUpCollection).ConfigureAwait(false));
            }

            var cpuBefore = CpuTime(server.Id);
            var postgresBefore = PostgresCpuTime();
            var import = Stopwatch.StartNew();
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel }, async (body, ct) =>
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                Check(await client.PutAsync(Collection + "/matches", content, ct).ConfigureAwait(false));
            }).ConfigureAwait(false);
            import.Stop();
            var cpu = CpuTime(server.Id) - cpuBefore;
            var postgresCpu = PostgresCpuTime() - postgresBefore;
            var afterImport = PeakMemory(server.Id);
            batches.Clear();

            var middle = options.GroupPairs / 2;
            var with = await TimeReadsAsync(client, $"{Collection}/group/{SyntheticMatches.Group(middle + 1)}/matchesWith/{SyntheticMatches.Group(middle)}", options.PairsPerGroupPair).ConfigureAwait(false);
            var outside = await TimeReadsAsync(client, $"{Collection}/group/{SyntheticMatches.Group(options.GroupPairs)}/matchesOutsideGroup", options.PairsPerGroupPair).ConfigureAwait(false);
            var outsideBoth = await TimeReadsAsync(client, $"{Collection}/group/{SyntheticMatches.Group(middle)}/matchesOutsideGroup", 2 * options.PairsPerGroupPair).ConfigureAwait(false);
            Report(options, pairs, bytes, import.Elapsed, cpu, afterImport, [("matchesWith (2 groups)", with), ("matchesOutsideGroup (last group)", outside), ("matchesOutsideGroup (middle group)", outsideBoth)], PeakMemory(server.Id), StoreLine(options, dataDir, postgresCpu, pairs, "pair"));
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

    /// <summary>Times 50 reads after 5 warm-up reads; returns the sorted times (ms) and the answer size.</summary>
    private static async Task<(double[] Times, long Bytes)> TimeReadsAsync(HttpClient client, string path, int expectedPairs)
    {
        var bytes = 0L;
        for (var i = 0; i < 5; i++)
        {
            using var warm = await client.GetAsync(path).ConfigureAwait(false);
            Check(warm);
            bytes = (await warm.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
        }

        var times = new double[50];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            Check(response);
            await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var read = await DrainAsync(body).ConfigureAwait(false);
            times[i] = watch.Elapsed.TotalMilliseconds;
            if (read != bytes)
            {
                throw new InvalidOperationException($"{path}: {read} bytes, expected {bytes}");
            }
        }

        // The pair count is checked once, outside the timing.
        using var check = await client.GetAsync(path).ConfigureAwait(false);
        var pairs = System.Text.Json.JsonDocument.Parse(await check.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).RootElement.GetArrayLength();
        if (pairs != expectedPairs)
        {
            throw new InvalidOperationException($"{path}: {pairs} pairs, expected {expectedPairs}");
        }

        Array.Sort(times);
        return (times, bytes);
    }

    private static async Task<long> DrainAsync(Stream body)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static void Report(
        ScenarioOptions options, int pairs, long bytes, TimeSpan import, TimeSpan cpu, (long PeakKb, long NowKb) afterImport,
        (string Name, (double[] Times, long Bytes) Reads)[] reads, (long PeakKb, long NowKb) memory, string storeLine)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"pairs imported:          {pairs:N0} ({options.GroupPairs} group pairs x {options.PairsPerGroupPair}, {options.MatchesPerPair} matches each), {options.Parallel} requests in flight"));
        Console.WriteLine(string.Create(inv, $"import (PUT matches):    {import.TotalSeconds:F2} s = {pairs / import.TotalSeconds:N0} pairs/s ({bytes / 1e6 / import.TotalSeconds:F0} MB/s of JSON)"));
        Console.WriteLine(string.Create(inv, $"server CPU (import):     {cpu.TotalSeconds:F2} s = {cpu.TotalMilliseconds * 1000 / pairs:F1} µs per pair"));
        Console.WriteLine(string.Create(inv, $"server peak RSS, import: {afterImport.PeakKb / 1024.0:F0} MiB"));
        foreach (var (name, (times, size)) in reads)
        {
            var median = times[times.Length / 2];
            Console.WriteLine(string.Create(inv, $"GET {name}: {size / 1e6:F1} MB, median {median:F1} ms = {size / 1e3 / median:F0} MB/s, p95 {times[(int)(times.Length * 0.95)]:F1} ms, min {times[0]:F1} ms"));
        }

        Console.WriteLine(string.Create(inv, $"server peak RSS:         {memory.PeakKb / 1024.0:F0} MiB (now {memory.NowKb / 1024.0:F0} MiB)"));
        Console.WriteLine(storeLine);
    }
}
