using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>render's CoordinateService on the elastic-3903 stack (the values of render-ws's CoordinateServiceTest).</summary>
public abstract class CoordinateContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task WorldToLocal_PointInOneTile_GivesThatTileVisibleWithZ()
    {
        var stack = await _api.CreateElasticStackAsync();

        var results = await _api.GetJsonAsync($"{stack}/z/3903/world-to-local-coordinates/9000,7000");

        var item = Assert.Single(results.AsArray())!;
        Assert.Equal("254-with-real-transforms", (string)item["tileId"]!);
        Assert.True((bool)item["visible"]!);
        var local = JsonRead.Doubles(item["local"]);
        Assert.Equal(3, local.Length);
        Assert.Equal(3903.0, local[2]);
        Assert.InRange(local[0], 0, 2560);
        Assert.InRange(local[1], 0, 2160);
    }

    [Fact]
    public async Task WorldToLocal_ThenLocalToWorld_RoundTripsWithinATenthOfAPixel()
    {
        var stack = await _api.CreateElasticStackAsync();
        var item = (await _api.GetJsonAsync($"{stack}/z/3903/world-to-local-coordinates/9000,7000"))[0]!;
        var local = JsonRead.Doubles(item["local"]);

        var world = await _api.GetJsonAsync(
            FormattableString.Invariant($"{stack}/tile/{(string)item["tileId"]!}/local-to-world-coordinates/{local[0]:R},{local[1]:R}"));

        Assert.Equal("254-with-real-transforms", (string)world["tileId"]!);
        var values = JsonRead.Doubles(world["world"]);
        Assert.Equal(9000, values[0], 0.1);
        Assert.Equal(7000, values[1], 0.1);
        Assert.Equal(3903.0, values[2]);
    }

    [Fact]
    public async Task WorldToLocal_PointInTwoTiles_MarksOnlyTheLastVisible()
    {
        var stack = await _api.CreateElasticStackAsync();

        var results = (await _api.GetJsonAsync($"{stack}/z/3903/world-to-local-coordinates/8000,5900")).AsArray();

        Assert.Equal(["253-with-real-transforms", "254-with-real-transforms"], JsonRead.TileIds(results));
        Assert.Null(results[0]!["visible"]);
        Assert.True((bool)results[1]!["visible"]!);
        Assert.All(results, item => Assert.Equal(3, item!["local"]!.AsArray().Count));
    }

    [Fact]
    public async Task WorldToLocal_PointOutsideAllTiles_Gives400()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/z/3903/world-to-local-coordinates/1,1"));

        Assert.StartsWith("no tile specifications found in stack with owner ", body, StringComparison.Ordinal);
        Assert.EndsWith("for world coordinates x=1.0, y=1.0, z=3903.0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalToWorld_UnknownTile_Gives404()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.GetAsync($"{stack}/tile/no-such-tile/local-to-world-coordinates/1,1"));

        Assert.StartsWith("tile spec with id 'no-such-tile' does not exist", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorldToLocalBatch_ErrorAtIndexTwo_Answers200WithAPerItemError()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/z/3903/world-to-local-coordinates",
            """[{"world":[9000,7000]},{"world":[8000,5900]},{"world":[1,1]},{"world":[9000,7000]}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(4, results.Count);
        Assert.Equal(["254-with-real-transforms"], JsonRead.TileIds(results[0]));
        Assert.Equal(["253-with-real-transforms", "254-with-real-transforms"], JsonRead.TileIds(results[1]));
        var error = Assert.Single(results[2]!.AsArray())!;
        Assert.StartsWith("no tile specifications found in ", (string)error["error"]!, StringComparison.Ordinal);
        Assert.Equal([1.0, 1.0], JsonRead.Doubles(error["world"]));
        Assert.Equal(["254-with-real-transforms"], JsonRead.TileIds(results[3]));
        Assert.All(new[] { results[0], results[1], results[3] }, list => Assert.All(list!.AsArray(), item => Assert.Null(item!["error"])));
    }

    [Fact]
    public async Task WorldToLocalBatch_MissingOrShortWorldValues_ReportsEachItem()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/z/3903/world-to-local-coordinates", """[{"world":[5]},{"tileId":"134"}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal("world values must include both x and y", (string)Assert.Single(results[0]!.AsArray())!["error"]!);
        Assert.Equal("world values are missing", (string)Assert.Single(results[1]!.AsArray())!["error"]!);
    }

    [Fact]
    public async Task StackWorldToLocalBatch_UsesTheZOfEachPoint()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/world-to-local-coordinates", """[{"world":[9000,7000,3903]},{"world":[9000,7000]},{"world":[9000,7000,3903.1]}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(["254-with-real-transforms"], JsonRead.TileIds(results[0]));
        Assert.Equal("world values must include x, y, and z", (string)Assert.Single(results[1]!.AsArray())!["error"]!);
        Assert.Equal(["reacquire_a", "reacquire_b"], JsonRead.TileIds(results[2]));
    }

    [Fact]
    public async Task LocalToWorldBatch_MixedItems_AnswersEachInOrder()
    {
        var stack = await _api.CreateElasticStackAsync();
        var single = await _api.GetJsonAsync($"{stack}/tile/134/local-to-world-coordinates/10,10");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/z/3903/local-to-world-coordinates",
            """[{"tileId":"134","local":[10,10]},{"local":[1,2]},{"tileId":"no-such-tile","local":[1,2]},{"tileId":"134"},{"tileId":"134","local":[1]}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(5, results.Count);
        Assert.Equal(JsonRead.Doubles(single["world"]), JsonRead.Doubles(results[0]!["world"]));
        Assert.Null(results[0]!["error"]);
        Assert.Equal("tileId is missing", (string)results[1]!["error"]!);
        Assert.Equal([1.0, 2.0], JsonRead.Doubles(results[1]!["local"]));
        Assert.StartsWith("tile spec with id 'no-such-tile' does not exist", (string)results[2]!["error"]!, StringComparison.Ordinal);
        Assert.Equal("no-such-tile", (string)results[2]!["tileId"]!);
        Assert.Equal("local values are missing", (string)results[3]!["error"]!);
        Assert.Equal("local values must include both x and y", (string)results[4]!["error"]!);
    }

    [Fact]
    public async Task StackLocalToWorldBatch_MapsLikeTheSinglePointEndpoint()
    {
        var stack = await _api.CreateElasticStackAsync();
        var single = await _api.GetJsonAsync($"{stack}/tile/254-with-real-transforms/local-to-world-coordinates/100,200");

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/local-to-world-coordinates", """[{"tileId":"254-with-real-transforms","local":[100,200]}]"""));

        var item = Assert.Single(JsonNode.Parse(body)!.AsArray())!;
        Assert.Equal(JsonRead.Doubles(single["world"]), JsonRead.Doubles(item["world"]));
    }

    [Fact]
    public async Task TileIdsForCoordinates_Layer_GivesTilesWhoseBoxHoldsThePoint()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/z/3903/tileIdsForCoordinates", """[{"world":[1900,3000]},{"world":[3700,3000]},{"world":[1,1]}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(["134"], JsonRead.TileIds(results[0]));
        Assert.Equal(["134", "171"], JsonRead.TileIds(results[1]));
        Assert.All(results[1]!.AsArray(), item => Assert.Equal([3700.0, 3000.0], JsonRead.Doubles(item!["world"])));
        var unmatched = Assert.Single(results[2]!.AsArray())!;
        Assert.Null(unmatched["tileId"]);
        Assert.Equal([1.0, 1.0], JsonRead.Doubles(unmatched["world"]));
    }

    [Fact]
    public async Task TileIdsForCoordinates_Stack_UsesTheZOfEachPoint()
    {
        var stack = await _api.CreateElasticStackAsync();

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PutAsync(
            $"{stack}/tileIdsForCoordinates", """[{"world":[3700,3000,3903]},{"world":[9000,7000,3903.1]}]"""));

        var results = JsonNode.Parse(body)!.AsArray();
        Assert.Equal(["134", "171"], JsonRead.TileIds(results[0]));
        Assert.Equal(["reacquire_a", "reacquire_b"], JsonRead.TileIds(results[1]));
    }
}

public sealed class CoordinateSqliteTests(SqliteServerFixture server) : CoordinateContract(server), IClassFixture<SqliteServerFixture>;
public sealed class CoordinatePostgresTests(PostgresServerFixture server) : CoordinateContract(server), IClassFixture<PostgresServerFixture>;
