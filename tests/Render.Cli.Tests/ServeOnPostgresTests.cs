using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Render.Storage.Postgres.Tests;

namespace Render.Cli.Tests;

/// <summary>
/// Two <c>render serve --db</c> processes on one PostgreSQL database behave as one service: what is
/// written through one is complete and current when read through the other, ETags included.
/// </summary>
public sealed class ServeOnPostgresTests
{
    private const string Stack = "owner/o/project/p/stack/s";

    [Fact]
    public async Task TwoProcesses_OneDatabase_AStackImportedThroughOneIsCompleteThroughTheOther()
    {
        var cluster = await PostgresCluster.GetAsync();
        var database = await cluster.CreateDatabaseAsync();
        try
        {
            await using var first = await ServeProcess.StartAsync("--db", database);
            await using var second = await ServeProcess.StartAsync("--db", database);

            await ExpectAsync(HttpStatusCode.Created, first.Client.PostAsync(Stack, Json("""{"stackResolutionX":4.0}""")));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(z =>
                ExpectAsync(HttpStatusCode.Created, (z % 2 == 0 ? first : second).Client.PutAsync($"{Stack}/resolvedTiles", Json(Layer(z))))));
            await ExpectAsync(HttpStatusCode.Created, first.Client.PutAsync($"{Stack}/state/COMPLETE", null));

            var stack = JsonNode.Parse(await second.Client.GetStringAsync(Stack))!;
            Assert.Equal("COMPLETE", (string?)stack["state"]);
            Assert.Equal(100, (long?)stack["stats"]!["tileCount"]);
            Assert.Equal("[0.0,1.0,2.0,3.0]", await second.Client.GetStringAsync($"{Stack}/zValues"));
            var layer = JsonNode.Parse(await second.Client.GetStringAsync($"{Stack}/z/2/tileBounds"))!.AsArray();
            Assert.Equal(25, layer.Count);

            // A change made through one process is seen at once by the other's conditional GET.
            using var read = await first.Client.GetAsync($"{Stack}/z/1/tile-specs");
            var etag = read.Headers.ETag!;
            await ExpectAsync(HttpStatusCode.Created, second.Client.PutAsync($"{Stack}/state/LOADING", null));
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Stack}/z/1/tile-specs");
            request.Headers.IfNoneMatch.Add(etag);
            using var after = await first.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Equal("LOADING", (string?)JsonNode.Parse(await first.Client.GetStringAsync(Stack))!["state"]);
        }
        finally
        {
            await cluster.DropDatabaseAsync(database);
        }
    }

    /// <summary>A resolvedTiles body of a 5 x 5 layer of 100 x 100 tiles at z.</summary>
    private static string Layer(int z)
    {
        var tiles = new JsonObject();
        for (var i = 0; i < 25; i++)
        {
            var (x, y) = (i % 5 * 90, i / 5 * 90);
            tiles[$"t{z}.{i}"] = new JsonObject
            {
                ["tileId"] = $"t{z}.{i}",
                ["z"] = (double)z,
                ["width"] = 100.0,
                ["height"] = 100.0,
                ["minX"] = (double)x,
                ["minY"] = (double)y,
                ["maxX"] = x + 100.0,
                ["maxY"] = y + 100.0,
                ["mipmapLevels"] = new JsonObject { ["0"] = new JsonObject { ["imageUrl"] = $"file:/data/{z}/{i}.png" } },
                ["transforms"] = new JsonObject
                {
                    ["type"] = "list",
                    ["specList"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "leaf",
                        ["className"] = "mpicbg.trakem2.transform.AffineModel2D",
                        ["dataString"] = $"1.0 0.0 0.0 1.0 {x} {y}",
                    }),
                },
            };
        }

        return new JsonObject { ["transformIdToSpecMap"] = new JsonObject(), ["tileIdToSpecMap"] = tiles }.ToJsonString();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
