using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Json;

/// <summary>The transform spec family on the wire: render's leniency on input, its layout on output.</summary>
public sealed class TransformSpecJsonTests
{
    private const string Affine = "mpicbg.trakem2.transform.AffineModel2D";

    [Fact]
    public void Read_TypeLast_IsHonoured()
    {
        var spec = Parse("{\"specList\":[{\"refId\":\"lens\",\"type\":\"ref\"}],\"id\":\"x\",\"type\":\"list\"}");

        var list = Assert.IsType<ListTransformSpec>(spec);
        Assert.Equal("x", list.Id);
        Assert.Equal("lens", Assert.IsType<ReferenceTransformSpec>(list.SpecList[0]).RefId);
    }

    [Fact]
    public void Read_MissingType_IsALeaf()
    {
        var leaf = Assert.IsType<LeafTransformSpec>(Parse($"{{\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}}"));

        Assert.Equal(Affine, leaf.ClassName);
        Assert.Equal("1 0 0 1 0 0", leaf.DataString);
    }

    [Fact]
    public void Read_MissingTypeWithSpecList_IsAList()
    {
        Assert.IsType<ListTransformSpec>(Parse($"{{\"specList\":[{{\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}}]}}"));
    }

    [Fact]
    public void Write_TypeFirstThenIdMetaDataAndContent()
    {
        var spec = new ReferenceTransformSpec("lens") { Id = "r", MetaData = new TransformSpecMetaData(["lens"]) };

        Assert.Equal("{\"type\":\"ref\",\"id\":\"r\",\"metaData\":{\"labels\":[\"lens\"]},\"refId\":\"lens\"}", RenderJson.Serialize<TransformSpec>(spec));
    }

    [Fact]
    public void Write_Interpolated_HasASidesAndJavaLambda()
    {
        var leaf = new LeafTransformSpec(Affine, "1 0 0 1 0 0");

        var json = RenderJson.Serialize<TransformSpec>(new InterpolatedTransformSpec(leaf, new ReferenceTransformSpec("b"), 1));

        Assert.Equal(
            $"{{\"type\":\"interpolated\",\"a\":{{\"type\":\"leaf\",\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}},\"b\":{{\"type\":\"ref\",\"refId\":\"b\"}},\"lambda\":1.0}}",
            json);
    }

    [Fact]
    public void Read_MetaDataKeysOtherThanLabels_AreIgnored()
    {
        var spec = Parse("{\"type\":\"list\",\"metaData\":{\"group\":\"lens correction\",\"labels\":[\"lens\",\"x\",\"lens\"]},\"specList\":[]}");

        Assert.Equal(["lens", "x"], spec.MetaData!.Labels);
        Assert.Equal("{\"type\":\"list\",\"metaData\":{\"labels\":[\"lens\",\"x\"]},\"specList\":[]}", RenderJson.Serialize(spec));
    }

    [Fact]
    public void Read_MetaDataWithoutLabels_IsWrittenAsEmptyObject()
    {
        Assert.Equal("{\"type\":\"list\",\"metaData\":{},\"specList\":[]}", RenderJson.Serialize(Parse("{\"type\":\"list\",\"metaData\":{\"group\":\"g\"},\"specList\":[]}")));
    }

    [Theory]
    [InlineData("{\"type\":\"affine\"}", "unknown transform spec type 'affine', expected one of leaf, list, ref, interpolated")]
    [InlineData("{\"id\":\"7\",\"dataString\":\"1 0 0 1 0 0\"}", "no className defined for leaf transform spec with id '7'")]
    [InlineData("{\"id\":\"7\",\"className\":\"c\"}", "no dataString defined for leaf transform spec with id '7'")]
    [InlineData("{\"type\":\"ref\",\"id\":\"7\"}", "no refId defined for reference transform spec with id '7'")]
    [InlineData("{\"type\":\"interpolated\",\"id\":\"7\",\"a\":{\"type\":\"ref\",\"refId\":\"1\"},\"lambda\":0.5}", "interpolated transform spec with id '7' needs a, b and lambda")]
    [InlineData("{\"type\":\"list\",\"id\":\"7\",\"specList\":[{\"type\":\"ref\",\"refId\":\"1\"},null]}", "A null spec is part of the transform spec list with id '7'.  Check for an extraneous comma at the end of the list (at $")]
    [InlineData("{\"type\":\"list\",\"specList\":[1]}", "expected a transform spec object but found the number 1")]
    [InlineData("{\"type\":\"list\",\"specList\":{}}", "expected a specList array but found an object")]
    [InlineData("[]", "expected a transform spec object but found an array")]
    public void Read_SpecThatCannotBeBuilt_IsRefusedWithRendersMessage(string json, string expected)
    {
        var error = RenderJson.Parse<TransformSpec>(json).Error;

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TileTransforms_MissingType_IsAList()
    {
        var tile = ParseTile("{\"transforms\":{\"specList\":[{\"type\":\"ref\",\"refId\":\"lens\"}]}}");

        Assert.Equal("lens", Assert.IsType<ReferenceTransformSpec>(Assert.Single(tile.Transforms.SpecList)).RefId);
    }

    [Fact]
    public void TileTransforms_LegacyArray_IsReadAsTheListItMeans()
    {
        var tile = ParseTile($"{{\"transforms\":[{{\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}}]}}");

        Assert.Equal(Affine, Assert.IsType<LeafTransformSpec>(Assert.Single(tile.Transforms.SpecList)).ClassName);
        Assert.Contains("\"transforms\":{\"type\":\"list\",\"specList\":[{\"type\":\"leaf\",", RenderJson.Serialize(tile), StringComparison.Ordinal);
    }

    [Fact]
    public void TileTransforms_Null_IsAnEmptyList()
    {
        Assert.Equal(0, ParseTile("{\"transforms\":null}").Transforms.Count);
    }

    [Theory]
    [InlineData($"{{\"transforms\":{{\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}}}}", "expected a list transform spec ({\"type\":\"list\",\"specList\":[...]}) but found a single transform without a type")]
    [InlineData($"{{\"transforms\":{{\"type\":\"leaf\",\"className\":\"{Affine}\",\"dataString\":\"1 0 0 1 0 0\"}}}}", "expected a list transform spec but found type 'leaf' (at $.transforms")]
    public void TileTransforms_NotAList_IsRefusedRatherThanDropped(string json, string expected)
    {
        Assert.Contains(expected, RenderJson.Parse<TileSpec>(json).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TransformArray_RoundTripsInOrder()
    {
        var json = Fixtures.Read("render-ws/mongodb/elastic-transform.json");

        var specs = RenderJson.Parse<List<TransformSpec>>(json).GetValueOrThrow();

        Assert.Equal(["1", "2", "3"], specs.Select(spec => spec.Id));
        Assert.Equal(specs, RenderJson.Parse<List<TransformSpec>>(RenderJson.Serialize(specs)).GetValueOrThrow());
    }

    private static TransformSpec Parse(string json) => RenderJson.Parse<TransformSpec>(json).GetValueOrThrow();

    private static TileSpec ParseTile(string json) => RenderJson.Parse<TileSpec>(json).GetValueOrThrow();
}
