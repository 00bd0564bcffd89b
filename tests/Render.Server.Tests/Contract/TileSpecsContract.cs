using System.Net;
using System.Text.Json.Nodes;
using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// The flattening tile reads (z tile-specs, tile-specs-with-ids) serve a stored tile as stored
/// when flattening cannot change it: the bytes must be exactly what resolving and flattening
/// every tile with the model and writing it gives, for tiles of every transform shape.
/// </summary>
public abstract class TileSpecsContract(ServerFixture server)
{
    private const string Leaf = """{"type":"leaf","className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"1 0 0 1 10 20"}""";

    private const string Collection =
        """
        {"transformIdToSpecMap":{
           "lens":{"type":"list","id":"lens","specList":[{"type":"ref","refId":"inner"},LEAF]},
           "inner":{"type":"leaf","id":"inner","metaData":{"labels":["lens"]},"className":"mpicbg.trakem2.transform.TranslationModel2D","dataString":"3 4"}},
         "tileIdToSpecMap":{
           "a-plain":{"tileId":"a-plain","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "mipmapLevels":{"0":{"imageUrl":"file:///a.tif"}},"transforms":{"type":"list","specList":[LEAF]}},
           "b-ref":{"tileId":"b-ref","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "transforms":{"type":"list","specList":[{"type":"ref","refId":"lens"},LEAF]}},
           "c-nested":{"tileId":"c-nested","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "transforms":{"type":"list","specList":[{"type":"list","specList":[LEAF,LEAF]},LEAF]}},
           "d-named":{"tileId":"d-named","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "transforms":{"type":"list","id":"named","metaData":{"labels":["x"]},"specList":[LEAF]}},
           "e-interpolated":{"tileId":"e-interpolated","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "transforms":{"type":"list","specList":[{"type":"interpolated","lambda":0.25,"a":LEAF,"b":{"type":"ref","refId":"lens"}}]}},
           "f-ü":{"tileId":"f-ü","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,"labels":["日本","b"],
             "layout":{"sectionId":"7.0","imageRow":1,"imageCol":2,"stageX":1.5,"stageY":-2.5},
             "mipmapLevels":{"0":{"imageUrl":"file:///ü b.tif","maskUrl":"file:///m.png"},"2":{"imageUrl":"file:///2.tif"}},
             "channels":[{"name":"DAPI","minIntensity":0.0,"maxIntensity":4095.0,"mipmapLevels":{"0":{"imageUrl":"file:///c.tif"}}}],
             "transforms":{"type":"list","specList":[{"type":"leaf","metaData":{"labels":["\"type\":\"ref\""]},"className":"mpicbg.trakem2.transform.TranslationModel2D","dataString":"5 6"}]}},
           "g-empty":{"tileId":"g-empty","z":7.0,"minX":0,"minY":0,"maxX":10,"maxY":10,"width":10.0,"height":10.0,
             "transforms":{"type":"list","specList":[]}}}}
        """;

    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task TileSpecs_TilesOfEveryTransformShape_AreTheModelsFlattenedJson()
    {
        var stack = await CreateStackAsync();

        var body = await _api.GetTextAsync($"{stack}/z/7/tile-specs");

        var ids = JsonRead.TileIds(JsonNode.Parse(body)).ToArray();
        Assert.Equal(7, ids.Length);
        Assert.Equal(await ModelFlattenedJsonAsync(stack, ids), body);
    }

    [Fact]
    public async Task TileSpecsWithIds_TilesOfEveryTransformShape_AreTheModelsFlattenedJson()
    {
        var stack = await CreateStackAsync();
        string[] ids = ["f-ü", "b-ref", "a-plain", "e-interpolated"];

        var body = await RenderApi.ExpectAsync(
            HttpStatusCode.OK, _api.PutAsync($"{stack}/tile-specs-with-ids", JsonSerializerText(ids)));

        Assert.Equal(ids.Order(StringComparer.Ordinal), JsonRead.TileIds(JsonNode.Parse(body)).Order(StringComparer.Ordinal));
        Assert.Equal(await ModelFlattenedJsonAsync(stack, JsonRead.TileIds(JsonNode.Parse(body)).ToArray()), body);
    }

    private async Task<string> CreateStackAsync()
    {
        var stack = RenderApi.NewStackPath(prefix: "specs");
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, Collection.Replace("LEAF", Leaf, StringComparison.Ordinal), deriveData: false);
        return stack;
    }

    /// <summary>What the reads wrote before they served stored JSON: each stored tile resolved, flattened and written by the model.</summary>
    private async Task<string> ModelFlattenedJsonAsync(string stack, string[] ids)
    {
        var shared = RenderJson.Parse<ResolvedTileSpecCollection>(Collection.Replace("LEAF", Leaf, StringComparison.Ordinal))
            .GetValueOrThrow().TransformIdToSpecMap;
        var resolver = new TransformSpecResolver(shared);
        var tiles = new List<string>();
        foreach (var id in ids)
        {
            var stored = RenderJson.Parse<TileSpec>(await _api.GetTextAsync($"{stack}/tile/{Uri.EscapeDataString(id)}")).GetValueOrThrow();
            tiles.Add(RenderJson.Serialize(stored with { Transforms = resolver.Resolve(stored.Transforms).Flatten() }));
        }

        return "[" + string.Join(',', tiles) + "]";
    }

    private static string JsonSerializerText(string[] ids) => RenderJson.Serialize(ids.ToList());
}

public sealed class TileSpecsSqliteTests(SqliteServerFixture server) : TileSpecsContract(server), IClassFixture<SqliteServerFixture>;

public sealed class TileSpecsPostgresTests(PostgresServerFixture server) : TileSpecsContract(server), IClassFixture<PostgresServerFixture>;
