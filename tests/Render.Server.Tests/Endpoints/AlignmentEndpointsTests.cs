using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Endpoints;

/// <summary>
/// render-ws's CombinedRenderAndMatchService reads (AlignmentEndpoints):
/// <c>GET .../z/{z}/clusteredTileBoundsForCollection/{matchCollection}</c>, the tiles of a layer in
/// sets connected by the collection's pairs within and between the layer's sections, largest set
/// first (tiles in no pair and pairs to other layers left out); and
/// <c>POST .../stack/{stack}/pairResidualCalculation</c>, a pair's stored matches (made on the match
/// stack's tiles normalised for matching, here their pixels) mapped into the aligned stack and the
/// distances between each match's two points, worked by hand.
/// </summary>
public sealed class AlignmentEndpointsTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
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

    [Fact]
    public async Task PairResidual_RequestWithPAndQSwapped_MeasuresTheStoredPairInTheAlignedStack()
    {
        var (matchStack, aligned, owner) = await PairAsync();

        // b's q points sit 90 px left of a's p points (the match stack); the aligned stack puts b at (91, 2): every distance is √5.
        var answer = await PostAsync($"{aligned.Path}/pairResidualCalculation", Request("b", "a", matchStack, owner, "links", includeDetails: true));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var result = JsonNode.Parse(answer.Body)!;
        Assert.Equal(Math.Sqrt(5), (double)result["rootMeanSquareError"]!, 9);
        Assert.Equal(Math.Sqrt(5), (double)result["maxDistance"]!, 9);
        Assert.Equal(Math.Sqrt(5), (double)result["medianDistance"]!, 9);
        Assert.Equal(3, result["distanceList"]!.AsArray().Count);
        Assert.Equal(aligned.Name, (string)result["alignedStackId"]!["stack"]!);
        Assert.Equal("b", (string)result["inputData"]!["pTileId"]!);
    }

    [Fact]
    public async Task PairResidual_PairNotInTheCollection_Is404()
    {
        var (matchStack, aligned, owner) = await PairAsync();

        var answer = await PostAsync($"{aligned.Path}/pairResidualCalculation", Request("a", "c", matchStack, owner, "links", includeDetails: false));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains("no matches between a and c", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PairResidual_RequestWithoutTileIds_Is400()
    {
        var (_, aligned, _) = await PairAsync();

        var answer = await PostAsync($"{aligned.Path}/pairResidualCalculation", """{"includeDetails":true}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("pTileId, qTileId, matchRenderStackId and matchCollectionId are required", answer.Body, StringComparison.Ordinal);
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

    private Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string json) => RenderApi.ReadAsync(_api.PostAsync(path, json));

    private static string Request(string pId, string qId, (string Owner, string Project, string Name) matchStack, string matchOwner, string collection, bool includeDetails) =>
        new JsonObject
        {
            ["pTileId"] = pId,
            ["qTileId"] = qId,
            ["matchRenderStackId"] = new JsonObject { ["owner"] = matchStack.Owner, ["project"] = matchStack.Project, ["stack"] = matchStack.Name },
            ["matchCollectionId"] = new JsonObject { ["owner"] = matchOwner, ["name"] = collection },
            ["includeDetails"] = includeDetails,
        }.ToJsonString();

    /// <summary>Tiles a, b, c of 100 × 100 px in a match stack (b at x 90) and an aligned stack (b at (91, 2)), and the pair a-b.</summary>
    private async Task<((string Owner, string Project, string Name) MatchStack, (string Path, string Name) Aligned, string MatchOwner)> PairAsync()
    {
        JsonObject Tile(string id, double x, double y)
        {
            var tile = TestTiles.Tile(id, 1, x, y);
            tile["layout"] = new JsonObject { ["sectionId"] = "1.0" };
            return tile;
        }

        var matchPath = RenderApi.NewStackPath(prefix: "matchStack");
        var alignedPath = RenderApi.NewStackPath(prefix: "aligned");
        foreach (var (path, bx, by) in new[] { (matchPath, 90.0, 0.0), (alignedPath, 91.0, 2.0) })
        {
            await _api.CreateStackAsync(path);
            await _api.ImportAsync(path, TestTiles.Collection([Tile("a", 0, 0), Tile("b", bx, by), Tile("c", 300, 0)]), deriveData: false);
        }

        var owner = MatchApi.NewOwner();
        var pair = new JsonObject
        {
            ["pGroupId"] = "1.0",
            ["pId"] = "a",
            ["qGroupId"] = "1.0",
            ["qId"] = "b",
            ["matches"] = new JsonObject
            {
                ["p"] = new JsonArray(new JsonArray(95.0, 98.0, 92.0), new JsonArray(50.0, 20.0, 80.0)),
                ["q"] = new JsonArray(new JsonArray(5.0, 8.0, 2.0), new JsonArray(50.0, 20.0, 80.0)),
                ["w"] = new JsonArray(1.0, 1.0, 1.0),
            },
        };
        await _api.ImportAsync(MatchApi.CollectionPath(owner, "links"), MatchApi.Array(pair));
        var parts = matchPath.Split('/');
        return ((parts[1], parts[3], parts[5]), (alignedPath, alignedPath.Split('/')[5]), owner);
    }
}
