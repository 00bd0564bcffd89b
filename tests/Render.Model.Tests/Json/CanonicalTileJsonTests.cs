using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Model.Tests.Json;

/// <summary>
/// A tile said to be resolved and flat is served as stored by reads that flatten: its canonical
/// JSON must then be exactly what flattening it and writing it again gives.
/// </summary>
public sealed class CanonicalTileJsonTests
{
    private const string Leaf =
        """{"type":"leaf","className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"1 0 0 1 10 20"}""";

    private const string LabelledLeaf =
        """{"type":"leaf","metaData":{"labels":["lens","ü→"]},"className":"mpicbg.trakem2.transform.TranslationModel2D","dataString":"5 6"}""";

    [Theory]
    [InlineData("""{"type":"list","specList":[]}""")]
    [InlineData("""{"type":"list","specList":[LEAF]}""")]
    [InlineData("""{"type":"list","specList":[LABELLED,LEAF]}""")]
    public void IsResolvedAndFlat_ListOfLeaves_IsTrueAndStoredJsonIsFlattenedJson(string transforms)
    {
        var json = Canonical(TileJson(transforms));

        Assert.True(CanonicalTileJson.IsResolvedAndFlat(json));
        Assert.Equal(Text(json), Text(FlattenedJson(json)));
    }

    [Theory]
    [InlineData("""{"type":"list","specList":[{"type":"ref","refId":"lens"}]}""")]
    [InlineData("""{"type":"list","specList":[LEAF,{"type":"list","specList":[LEAF]}]}""")]
    [InlineData("""{"type":"list","id":"named","specList":[LEAF]}""")]
    [InlineData("""{"type":"list","metaData":{"labels":["x"]},"specList":[LEAF]}""")]
    [InlineData("""{"type":"list","specList":[{"type":"interpolated","lambda":0.5,"a":LEAF,"b":{"type":"list","specList":[LEAF]}}]}""")]
    [InlineData("""{"type":"list","specList":[{"type":"interpolated","lambda":0.5,"a":LEAF,"b":LEAF}]}""")]
    public void IsResolvedAndFlat_RefsNestingNamesOrInterpolation_IsFalse(string transforms)
    {
        Assert.False(CanonicalTileJson.IsResolvedAndFlat(Canonical(TileJson(transforms))));
    }

    [Fact]
    public void IsResolvedAndFlat_QuotedPatternsInsideStrings_DoNotCountAsSpecs()
    {
        // A label spelling out a ref spec stays an escaped string: still flat.
        var transforms = """{"type":"list","specList":[{"type":"leaf","metaData":{"labels":["\"type\":\"ref\""]},"className":"c","dataString":"d"}]}""";

        Assert.True(CanonicalTileJson.IsResolvedAndFlat(Canonical(TileJson(transforms))));
    }

    [Fact]
    public void IsResolvedAndFlat_EveryFixtureTile_SaysTrueOnlyWhenFlatteningChangesNothing()
    {
        var flat = 0;
        var other = 0;
        foreach (var tile in FixtureTiles())
        {
            var json = RenderJson.SerializeToUtf8Bytes(tile);
            if (CanonicalTileJson.IsResolvedAndFlat(json))
            {
                flat++;
                Assert.Equal(Text(json), Text(FlattenedJson(json)));
            }
            else
            {
                other++;
            }
        }

        // Both answers occur among the fixtures, so both branches were exercised.
        Assert.True(flat > 10, $"{flat} flat tiles");
        Assert.True(other > 10, $"{other} other tiles");
    }

    private const string TileTemplate =
        """
        {"tileId":"t-é","z":3.0,"minX":1.0,"minY":2.0,"maxX":3.0,"maxY":4.0,"width":10.0,"height":20.0,
         "labels":["a","日本"],"layout":{"sectionId":"s1","imageRow":1,"imageCol":2,"stageX":1.5,"stageY":-2.5},
         "mipmapLevels":{"0":{"imageUrl":"file:///a b/ü.tif","maskUrl":"file:///m.png"},"1":{"imageUrl":"file:///1.tif"}},
         "channels":[{"name":"DAPI","minIntensity":0.0,"maxIntensity":4095.0,"mipmapLevels":{"0":{"imageUrl":"file:///c.tif"}}}],
         "filterSpec":{"className":"org.janelia.Filter","parameters":{"transforms":"{\"type\":\"list\"}"}},
         "meshCellSize":32.0,
         "transforms":TRANSFORMS}
        """;

    private static string TileJson(string transforms) =>
        TileTemplate.Replace("TRANSFORMS", transforms, StringComparison.Ordinal)
            .Replace("LABELLED", LabelledLeaf, StringComparison.Ordinal).Replace("LEAF", Leaf, StringComparison.Ordinal);

    private static byte[] Canonical(string json) => RenderJson.SerializeToUtf8Bytes(RenderJson.Parse<TileSpec>(json).GetValueOrThrow());

    /// <summary>What a flattening read wrote for a stored tile before it served stored JSON.</summary>
    private static byte[] FlattenedJson(byte[] stored)
    {
        var tile = RenderJson.Parse<TileSpec>(stored).GetValueOrThrow();
        return RenderJson.SerializeToUtf8Bytes(tile with { Transforms = tile.Transforms.Flatten() });
    }

    private static string Text(byte[] json) => System.Text.Encoding.UTF8.GetString(json);

    private static IEnumerable<TileSpec> FixtureTiles()
    {
        foreach (var path in Fixtures.AllJsonFiles())
        {
            var json = Fixtures.Read(path);
            var parsed = RenderJson.Parse<List<TileSpec>>(json);
            if (parsed.Success && parsed.Value.Count > 0 && parsed.Value.All(tile => tile.TileId is not null))
            {
                foreach (var tile in parsed.Value)
                {
                    yield return tile;
                }
            }
        }
    }
}
