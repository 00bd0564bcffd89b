using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Render.Storage.Postgres.Tests;
using Xunit.Abstractions;

namespace Render.Cli.Tests.Faults;

/// <summary>
/// <c>render serve</c> killed with SIGKILL in the middle of tile and match imports, then started
/// again on the same store: every import batch is there whole or not at all, every batch that was
/// acknowledged (201) is there, and the stack and collection listings answer.
/// </summary>
public sealed class KillDuringImportTests(ITestOutputHelper output)
{
    private const string Owner = "killed";
    private const string Stack = $"owner/{Owner}/project/p/stack/s";
    private const string Collection = $"owner/{Owner}/matchCollection/m";
    private const int TilesPerBatch = 300;
    private const int PairsPerBatch = 300;

    [Fact]
    public async Task Kill9DuringImports_Sqlite_EachBatchWholeOrAbsent()
    {
        var folder = Path.Combine(Path.GetTempPath(), "render-kill-" + Guid.NewGuid().ToString("N"));
        try
        {
            await KillAndCheckAsync("--data-dir", folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Kill9DuringImports_Postgres_EachBatchWholeOrAbsent()
    {
        var cluster = await PostgresCluster.GetAsync();
        var database = await cluster.CreateDatabaseAsync();
        try
        {
            await KillAndCheckAsync("--db", database);
        }
        finally
        {
            await cluster.DropDatabaseAsync(database);
        }
    }

    private async Task KillAndCheckAsync(params string[] store)
    {
        var acknowledgedLayers = new ConcurrentBag<int>();
        var acknowledgedGroups = new ConcurrentBag<int>();
        var next = 0;
        foreach (var killAfter in new[] { 600, 900 })
        {
            var serve = await ServeProcess.StartAsync(store);
            using var client = new HttpClient { BaseAddress = serve.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            if (next == 0)
            {
                await ExpectAsync(HttpStatusCode.Created, client.PostAsync(Stack, Json("""{"stackResolutionX":4.0}""")));
            }

            var imports = new[]
            {
                ImportUntilFailureAsync(client, batch => ($"{Stack}/resolvedTiles", Layer(batch)), () => Interlocked.Increment(ref next), acknowledgedLayers),
                ImportUntilFailureAsync(client, batch => ($"{Collection}/matches", Pairs(batch)), () => Interlocked.Increment(ref next), acknowledgedGroups),
            };
            await Task.Delay(killAfter);
            await serve.DisposeAsync();
            await Task.WhenAll(imports);
        }

        await using var restarted = await ServeProcess.StartAsync(store);
        var api = restarted.Client;
        var layers = JsonNode.Parse(await api.GetStringAsync($"{Stack}/zValues"))!.AsArray().Select(z => (int)(double)z!).ToList();
        foreach (var z in layers)
        {
            Assert.Equal(TilesPerBatch, JsonNode.Parse(await api.GetStringAsync($"{Stack}/z/{z}/tileBounds"))!.AsArray().Count);
        }

        var groups = JsonNode.Parse(await api.GetStringAsync($"{Collection}/pGroupIds"))!.AsArray().Select(g => int.Parse((string)g!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var group in groups)
        {
            Assert.Equal(PairsPerBatch, JsonNode.Parse(await api.GetStringAsync($"{Collection}/group/{group}/matchesWithinGroup"))!.AsArray().Count);
        }

        output.WriteLine($"{store[0]}: 2 kills; {acknowledgedLayers.Count} layers and {acknowledgedGroups.Count} match batches acknowledged, "
            + $"{layers.Count} and {groups.Count} whole after the restart (imports ran back to back up to each kill)");
        Assert.Subset(layers.ToHashSet(), acknowledgedLayers.ToHashSet());
        Assert.Subset(groups.ToHashSet(), acknowledgedGroups.ToHashSet());
        Assert.True(acknowledgedLayers.Count + acknowledgedGroups.Count > 2, "too few imports finished before the kills to tell anything");
        Assert.Contains("\"s\"", await api.GetStringAsync($"owner/{Owner}/stacks"), StringComparison.Ordinal);
        Assert.Contains("\"m\"", await api.GetStringAsync($"owner/{Owner}/matchCollections"), StringComparison.Ordinal);
    }

    /// <summary>Imports numbered batches one after another until the service stops answering.</summary>
    private static async Task ImportUntilFailureAsync(HttpClient client, Func<int, (string Path, string Body)> batchOf, Func<int> nextNumber, ConcurrentBag<int> acknowledged)
    {
        while (true)
        {
            var number = nextNumber();
            var (path, body) = batchOf(number);
            try
            {
                using var response = await client.PutAsync(path, Json(body));
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                return;
            }

            acknowledged.Add(number);
        }
    }

    /// <summary>A layer of tiles at z = <paramref name="z"/>, in a row.</summary>
    private static string Layer(int z)
    {
        var tiles = Enumerable.Range(0, TilesPerBatch).Select(i =>
        {
            var id = $"{z}-{i}";
            var box = $"\"minX\":{i * 90},\"minY\":0,\"maxX\":{(i * 90) + 100},\"maxY\":100";
            var image = $"\"mipmapLevels\":{{\"0\":{{\"imageUrl\":\"file:/data/{z}/{i}.png\"}}}}";
            var affine = $"{{\"type\":\"leaf\",\"className\":\"mpicbg.trakem2.transform.AffineModel2D\",\"dataString\":\"1 0 0 1 {i * 90} 0\"}}";
            return $"\"{id}\":{{\"tileId\":\"{id}\",\"z\":{z},\"width\":100,\"height\":100,{box},{image},\"transforms\":{{\"type\":\"list\",\"specList\":[{affine}]}}}}";
        });
        return "{\"tileIdToSpecMap\":{" + string.Join(',', tiles) + "}}";
    }

    /// <summary>Pairs within group <paramref name="group"/>, 20 matches each.</summary>
    private static string Pairs(int group)
    {
        var row = "[" + string.Join(',', Enumerable.Range(0, 20)) + "]";
        var matches = $"{{\"p\":[{row},{row}],\"q\":[{row},{row}],\"w\":{row}}}";
        return "[" + string.Join(',', Enumerable.Range(0, PairsPerBatch).Select(i =>
            $"{{\"pGroupId\":\"{group}\",\"pId\":\"p{i}\",\"qGroupId\":\"{group}\",\"qId\":\"q{i}\",\"matches\":{matches}}}")) + "]";
    }

    private static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.StatusCode == expected, $"expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
