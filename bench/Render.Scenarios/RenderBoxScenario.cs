using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using static Render.Scenarios.ScenarioServer;

namespace Render.Scenarios;

/// <summary>
/// Box rendering over HTTP: render's perf-test box (four lens-corrected, masked 8-bit tiles at
/// z 3903, the renderer benchmark's scene) imported into a separate <c>render serve</c> process,
/// then <c>GET z/3903/box/1600,3200,1600,1600,0.25/jpeg-image</c> (a 400×400 JPEG) and the same
/// box's <c>render-parameters</c> timed with a warm image cache. Only the level-1 mipmaps are in the
/// reference snapshot, so the tiles keep that level alone and the server makes level 2 from it.
/// </summary>
internal static class RenderBoxScenario
{
    private const string Stack = "owner/bench/project/perf/stack/box";
    private const string Box = Stack + "/z/3903/box/1600,3200,1600,1600,0.25";
    private const int Warmup = 20;
    private const int Requests = 200;

    public static async Task<int> RunAsync(ScenarioOptions options)
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../tests/TestData/fixtures/render-app/perf-test"));
        var dataDir = Path.Combine(Path.GetTempPath(), "render-scenario-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(options, dataDir, "--image-root", folder);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}/render-ws/v1/"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitForServerAsync(client, server).ConfigureAwait(false);
            Check(await client.PostAsync(Stack, Json("{\"stackResolutionX\":4.0,\"stackResolutionY\":4.0,\"stackResolutionZ\":35.0}")).ConfigureAwait(false));
            Check(await client.PutAsync(Stack + "/resolvedTiles?deriveData=false", Json(ResolvedTiles(folder))).ConfigureAwait(false));
            Check(await client.PutAsync(Stack + "/state/COMPLETE", null).ConfigureAwait(false));

            var cpuBefore = CpuTime(server.Id);
            var image = await TimeAsync(client, Box + "/jpeg-image", minimumBytes: 10_000).ConfigureAwait(false);
            var parameters = await TimeAsync(client, Box + "/render-parameters", minimumBytes: 1_000).ConfigureAwait(false);
            var cpu = CpuTime(server.Id) - cpuBefore;

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine();
            Console.WriteLine(string.Create(inv, $"GET box jpeg-image (400x400, 4 tiles): median {image[image.Length / 2]:F2} ms, p95 {image[(int)(image.Length * 0.95)]:F2} ms, min {image[0]:F2} ms"));
            Console.WriteLine(string.Create(inv, $"GET box render-parameters:             median {parameters[parameters.Length / 2]:F2} ms, p95 {parameters[(int)(parameters.Length * 0.95)]:F2} ms, min {parameters[0]:F2} ms"));
            Console.WriteLine(string.Create(inv, $"server CPU (both, with warm-up):       {cpu.TotalSeconds:F2} s"));
            return 0;
        }
        finally
        {
            await StopServerAsync(server, dataDir).ConfigureAwait(false);
        }
    }

    /// <summary>The perf-test box's tiles as a resolvedTiles body, each with its level-1 mipmap only (absolute paths).</summary>
    private static string ResolvedTiles(string folder)
    {
        var json = File.ReadAllText(Path.Combine(folder, "json", "tif", "render-1600-3200-1600-1600.json"))
            .Replace("src/test/resources/perf-test/", folder + "/", StringComparison.Ordinal);
        var tiles = new JsonObject();
        foreach (var tile in JsonNode.Parse(json)!["tileSpecs"]!.AsArray())
        {
            var spec = tile!.DeepClone().AsObject();
            var levels = spec["mipmapLevels"]!.AsObject();
            spec["mipmapLevels"] = new JsonObject { ["1"] = levels["1"]!.DeepClone() };
            tiles[(string)spec["tileId"]!] = spec;
        }

        return new JsonObject { ["transformIdToSpecMap"] = new JsonObject(), ["tileIdToSpecMap"] = tiles }.ToJsonString();
    }

    private static async Task<double[]> TimeAsync(HttpClient client, string path, int minimumBytes)
    {
        var times = new double[Requests];
        for (var i = -Warmup; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Check(response);
            if (body.Length < minimumBytes)
            {
                throw new InvalidOperationException($"{path}: the answer is too small ({body.Length} bytes)");
            }

            if (i >= 0)
            {
                times[i] = elapsed;
            }
        }

        Array.Sort(times);
        return times;
    }
}
