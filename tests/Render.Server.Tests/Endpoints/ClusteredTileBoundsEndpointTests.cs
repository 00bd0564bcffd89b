using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Endpoints;

/// <summary>
/// <c>GET .../z/{z}/clusteredTileBoundsForCollection/{matchCollection}</c>: the tiles of a layer in
/// sets connected by the collection's pairs within and between the layer's sections, largest set
/// first; tiles in no pair and pairs to other layers are left out (render-ws's CombinedRenderAndMatchService).
/// </summary>
public sealed class ClusteredTileBoundsEndpointTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task ClusteredTileBounds_TwoSectionsOfALayer_ConnectedTilesLargestSetFirst()
    {
        var (stack, owner) = await LayerWithPairsAsync();

        var clusters = (await _api.GetJsonAsync($"{stack}/z/1/clusteredTileBoundsForCollection/links?matchOwner={owner}")).AsArray();

        // a-b within section 1.0, b-c between 1.0 and 1.1, d-e within 1.1; f has no pair, a-g goes to layer 2.
        Assert.Equal(2, clusters.Count);
        Assert.Equal(["a", "b", "c"], clusters[0]!.AsArray().Select(tile => (string)tile!["tileId"]!));
        Assert.Equal(["d", "e"], clusters[1]!.AsArray().Select(tile => (string)tile!["tileId"]!));
        var c = clusters[0]![2]!;
        Assert.Equal("1.1", (string)c["sectionId"]!);
        Assert.Equal([200.0, 0.0, 300.0, 100.0], new[] { "minX", "minY", "maxX", "maxY" }.Select(key => (double)c[key]!));
    }

    [Fact]
    public async Task ClusteredTileBounds_MissingCollection_Is404()
    {
        var (stack, owner) = await LayerWithPairsAsync();

        var (status, body) = await RenderApi.ReadAsync(_api.GetAsync($"{stack}/z/1/clusteredTileBoundsForCollection/absent?matchOwner={owner}"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("absent", body, StringComparison.Ordinal);
    }

    private async Task<(string Stack, string MatchOwner)> LayerWithPairsAsync()
    {
        var stack = RenderApi.NewStackPath(prefix: "clusters");
        await _api.CreateStackAsync(stack);
        JsonObject Tile(string id, double z, string section, double x)
        {
            var tile = TestTiles.Tile(id, z, x);
            tile["layout"] = new JsonObject { ["sectionId"] = section };
            return tile;
        }

        await _api.ImportAsync(
            stack,
            TestTiles.Collection([Tile("a", 1, "1.0", 0), Tile("b", 1, "1.0", 100), Tile("c", 1, "1.1", 200), Tile("d", 1, "1.1", 400), Tile("e", 1, "1.1", 500),
                                  Tile("f", 1, "1.0", 700), Tile("g", 2, "2.0", 0)]),
            deriveData: false);
        var owner = MatchApi.NewOwner();
        await _api.ImportAsync(
            MatchApi.CollectionPath(owner, "links"),
            MatchApi.Array(MatchApi.Pair("1.0", "a", "1.0", "b"), MatchApi.Pair("1.0", "b", "1.1", "c"), MatchApi.Pair("1.1", "d", "1.1", "e"), MatchApi.Pair("1.0", "a", "2.0", "g")));
        return (stack, owner);
    }
}
