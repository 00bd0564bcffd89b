using System.Text;
using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Json;

/// <summary>Whole documents: render's defaults, omitted nulls, map order, escaping, and the messages for malformed input.</summary>
public sealed class DocumentJsonTests
{
    [Fact]
    public void EmptyTileSpec_GetsRendersDefaults()
    {
        var tile = RenderJson.Parse<TileSpec>("{}").GetValueOrThrow();

        Assert.Equal("{\"mipmapLevels\":{},\"transforms\":{\"type\":\"list\",\"specList\":[]},\"meshCellSize\":64.0}", RenderJson.Serialize(tile));
    }

    [Fact]
    public void EmptyRenderParameters_GetRendersDefaults()
    {
        var parameters = RenderJson.Parse<RenderParameters>("{}").GetValueOrThrow();

        Assert.Equal(
            "{\"meshCellSize\":64.0,\"minMeshCellSize\":0.0,\"x\":0.0,\"y\":0.0,\"width\":256,\"height\":256,\"scale\":1.0,"
            + "\"areaOffset\":false,\"convertToGray\":false,\"quality\":0.85,\"numberOfThreads\":1,\"skipInterpolation\":false,"
            + "\"binaryMask\":false,\"excludeMask\":false,\"doFilter\":false,\"addWarpFieldDebugOverlay\":false,"
            + "\"fillWithNoise\":false,\"tileSpecs\":[],\"minBoundsMeshCellSize\":64.0}",
            RenderJson.Serialize(parameters));
    }

    [Fact]
    public void EmptyChannel_GetsRendersIntensityDefaults()
    {
        var channel = RenderJson.Parse<ChannelSpec>("{}").GetValueOrThrow();

        Assert.Equal("{\"minIntensity\":0.0,\"maxIntensity\":255.0,\"mipmapLevels\":{}}", RenderJson.Serialize(channel));
    }

    [Fact]
    public void ExplicitNullIntoJavaPrimitive_GivesZeroAsJackson()
    {
        Assert.Equal(0, RenderJson.Parse<TileSpec>("{\"meshCellSize\":null}").GetValueOrThrow().MeshCellSize);
    }

    [Fact]
    public void EmptyStackMetaData_IsLoading()
    {
        var metaData = RenderJson.Parse<StackMetaData>("{\"stackId\":{\"owner\":\"o\",\"project\":\"p\",\"stack\":\"s\"}}").GetValueOrThrow();

        Assert.Equal(StackState.Loading, metaData.State);
        Assert.Equal("{\"stackId\":{\"owner\":\"o\",\"project\":\"p\",\"stack\":\"s\"},\"state\":\"LOADING\"}", RenderJson.Serialize(metaData));
    }

    [Fact]
    public void EmptyResolvedTiles_WritesBothMaps()
    {
        var empty = RenderJson.Parse<ResolvedTileSpecCollection>("{\"tileIdToSpecMap\":null}").GetValueOrThrow();

        Assert.Equal("{\"transformIdToSpecMap\":{},\"tileIdToSpecMap\":{}}", RenderJson.Serialize(empty));
    }

    [Fact]
    public void Write_OmitsNullsButKeepsEmptyLists()
    {
        var json = RenderJson.Serialize(new TileSpec(TileId: "t", Labels: [], Channels: []));

        Assert.Equal("{\"tileId\":\"t\",\"mipmapLevels\":{},\"channels\":[],\"transforms\":{\"type\":\"list\",\"specList\":[]},\"meshCellSize\":64.0,\"labels\":[]}", json);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        var tile = RenderJson.Parse<TileSpec>("{\"tileId\":\"a\",\"_id\":{\"$oid\":\"5f\"},\"extra\":[1,{\"b\":null}]}").GetValueOrThrow();

        Assert.Equal("a", tile.TileId);
    }

    [Fact]
    public void MipmapLevels_AreOrderedNumerically()
    {
        var tile = RenderJson.Parse<TileSpec>("{\"mipmapLevels\":{\"10\":{\"imageUrl\":\"c\"},\"2\":{\"imageUrl\":\"b\"},\"0\":{\"imageUrl\":\"a\"}}}").GetValueOrThrow();

        Assert.Equal([0, 2, 10], tile.MipmapLevels.Keys);
        Assert.Equal(
            "{\"mipmapLevels\":{\"0\":{\"imageUrl\":\"a\"},\"2\":{\"imageUrl\":\"b\"},\"10\":{\"imageUrl\":\"c\"}},\"transforms\":{\"type\":\"list\",\"specList\":[]},\"meshCellSize\":64.0}",
            RenderJson.Serialize(tile));
    }

    [Fact]
    public void MipmapLevels_NullImage_SaysWhich()
    {
        Assert.Contains("mipmap level 2 has no image", RenderJson.Parse<TileSpec>("{\"mipmapLevels\":{\"2\":null}}").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MipmapLevels_NonNumericKey_SaysWhy()
    {
        Assert.Contains("map key 'zero' is not an integer", RenderJson.Parse<TileSpec>("{\"mipmapLevels\":{\"zero\":{}}}").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LeavesPlusSlashAndNonAsciiUnescaped()
    {
        var spec = new LeafTransformSpec("mpicbg.trakem2.transform.ThinPlateSplineTransform", "ThinPlateSplineR2LogR 2 4 @QAkh+fAbhm6/8A== é<&>");

        var json = RenderJson.Serialize<TransformSpec>(spec);

        Assert.Contains("\"dataString\":\"ThinPlateSplineR2LogR 2 4 @QAkh+fAbhm6/8A== é<&>\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Indented_IsStillTheSameDocument()
    {
        var tile = new TileSpec(TileId: "t", Z: 1, MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("u")));

        var indented = RenderJson.Serialize(tile, indented: true);

        Assert.Contains('\n', indented);
        Assert.Equal(RenderJson.Serialize(tile), RenderJson.Serialize(RenderJson.Parse<TileSpec>(indented).GetValueOrThrow()));
    }

    [Fact]
    public void Parse_Utf8WithByteOrderMark_IsRead()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"tileId\":\"é\"}")).ToArray();

        Assert.Equal("é", RenderJson.Parse<TileSpec>(utf8).GetValueOrThrow().TileId);
    }

    [Fact]
    public async Task ParseAsync_Stream_ReadsTheDocument()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Read("render-ws/mongodb/elastic-3903.json")));

        var tiles = await RenderJson.ParseAsync<List<TileSpec>>(stream, CancellationToken.None);

        Assert.Equal(14, tiles.GetValueOrThrow().Count);
    }

    [Theory]
    [InlineData("{\"tileId\": \"a\",\n \"z\": }", "'}' is an invalid start of a value (at $.z, line 2, column 7)")]
    [InlineData("{\"tileId\": \"a\",\n \"z\": 1,}", "a trailing comma after the last element (remove the extraneous comma)")]
    [InlineData("{\"tileId\": \"a\" /* note */}", "'/' is invalid after a value")]
    [InlineData("", "invalid TileSpec JSON: The input does not contain any JSON tokens")]
    [InlineData("null", "invalid TileSpec JSON: the document is null")]
    [InlineData("[{}]", "invalid TileSpec JSON: ")]
    [InlineData("{\"z\": [1]}", "expected a number but found an array (at $.z, line 1, column 8)")]
    public void Parse_MalformedTileSpec_SaysWhatAndWhere(string json, string expected)
    {
        var result = RenderJson.Parse<TileSpec>(json);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"owner\":\"o\"}", "invalid StackId JSON: missing required field(s) 'project', 'stack'")]
    [InlineData("{\"owner\":\"o\",\"project\":null,\"stack\":\"s\"}", "invalid StackId JSON: 'project' must not be null (at $.project")]
    public void Parse_IncompleteStackId_NamesTheField(string json, string expected)
    {
        Assert.StartsWith(expected, RenderJson.Parse<StackId>(json).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArrayDocument_NamesItAsArray()
    {
        Assert.StartsWith("invalid TileSpec array JSON: ", RenderJson.Parse<List<TileSpec>>("{}").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeInfo_TypeOutsideTheModel_IsRefused()
    {
        Assert.Throws<NotSupportedException>(() => RenderJson.TypeInfo<Uri>());
    }
}
