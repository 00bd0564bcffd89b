using Render.Geometry.Transforms;
using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Transforms;

public sealed class BuildTransformTests
{
    private const string Affine = "mpicbg.trakem2.transform.AffineModel2D";

    [Fact]
    public void BuildTransform_TileAffines_MapLocalToWorldInOrder()
    {
        var tile = RenderJson.Parse<TileSpec>(Fixtures.Read("render-app/tile-test/tile_with_only_affine_transforms.json")).GetValueOrThrow();
        double x = 30, y = 40, ex = 30, ey = 40;
        foreach (var spec in tile.Transforms.SpecList.Cast<LeafTransformSpec>())
        {
            AffineModel2D.Parse(spec.DataString).ApplyInPlace(ref ex, ref ey);
        }

        tile.Transforms.BuildTransformList().ApplyInPlace(ref x, ref y);

        Assert.Equal((ex, ey), (x, y));
        Assert.Equal(4, tile.Transforms.BuildTransformList().Transforms.Count);
    }

    [Fact]
    public void BuildTransform_LongDataString_IsParsedOncePerSpec()
    {
        var coefficients = string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 7 == 0 ? "1.0" : "0.000001"));
        var leaf = new LeafTransformSpec("mpicbg.trakem2.transform.PolynomialTransform2D", coefficients);

        Assert.Same(leaf.BuildTransform(), leaf.BuildTransform());
    }

    [Fact]
    public void BuildTransform_ShortDataString_IsBuiltEachTime_WithTheSameResult()
    {
        // An affine parses faster than a cache entry (a dependent GC handle) costs.
        var leaf = new LeafTransformSpec(Affine, "1 0 0 1 5 6");

        Assert.NotSame(leaf.BuildTransform(), leaf.BuildTransform());
        Assert.Equal("1.0 0.0 0.0 1.0 5.0 6.0", leaf.BuildRenderTransform().ToDataString());
    }

    [Fact]
    public void BuildTransform_ResolvedReferenceAndInterpolation_Blend()
    {
        var shared = new Dictionary<string, TransformSpec> { ["shift"] = new LeafTransformSpec(Affine, "1 0 0 1 10 20") };
        var spec = new InterpolatedTransformSpec(new ReferenceTransformSpec("shift"), new LeafTransformSpec(Affine, "1 0 0 1 0 0"), 0.25);
        double x = 1, y = 2;

        spec.ResolveReferences(shared).BuildTransform().ApplyInPlace(ref x, ref y);

        Assert.Equal((1 + 7.5, 2 + 15.0), (x, y));
    }

    [Fact]
    public void BuildTransform_UnresolvedReference_SaysWhich()
    {
        var error = Assert.Throws<TransformReferenceException>(() => new ReferenceTransformSpec("lens").BuildTransform());

        Assert.Equal("spec reference to id 'lens' has not been resolved", error.Message);
    }

    [Theory]
    [InlineData("mpicbg.models.NotAThing", "1", "transform class 'mpicbg.models.NotAThing' cannot be found (transform spec id 'x')")]
    [InlineData(Affine, "1 0 0 1", "invalid dataString for mpicbg.trakem2.transform.AffineModel2D: expected 6 numbers but found 4 in '1 0 0 1' (transform spec id 'x')")]
    public void BuildTransform_BadLeaf_IsBadInputWithRendersMessage(string className, string dataString, string expected)
    {
        var leaf = new LeafTransformSpec(className, dataString) { Id = "x" };

        var error = Assert.Throws<RenderInputException>(() => leaf.BuildTransform());

        Assert.Equal(expected, error.Message);
    }
}
