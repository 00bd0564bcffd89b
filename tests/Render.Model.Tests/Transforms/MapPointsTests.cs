using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Transforms;

/// <summary>render-python's test_estimate_dstpoints_reference on our specs.</summary>
public sealed class MapPointsTests
{
    private static readonly List<TileSpec> Tiles =
        RenderJson.Parse<List<TileSpec>>(Fixtures.Read("render-python/tilespec_references.json")).GetValueOrThrow();

    private static readonly List<TransformSpec> Shared =
        RenderJson.Parse<List<TransformSpec>>(Fixtures.Read("render-python/transform_references.json")).GetValueOrThrow();

    [Fact]
    public void MapPointsInPlace_WithoutSharedTransforms_NamesTheMissingReference()
    {
        double[] x = [0], y = [0];

        var error = Assert.Throws<TransformReferenceException>(() => Tiles[0].Transforms.MapPointsInPlace(x, y));

        Assert.Equal("the transforms refer to shared transforms that were not supplied: [LENS_CORRECTION_temca7_camera0]", error.Message);
    }

    [Fact]
    public void MapPointsInPlace_WrongSharedTransform_NamesTheMissingReference()
    {
        double[] x = [0], y = [0];
        var onlyCamera3 = new Dictionary<string, TransformSpec> { [Shared[2].Id!] = Shared[2] };

        Assert.Throws<TransformReferenceException>(() => Tiles[0].Transforms.MapPointsInPlace(x, y, onlyCamera3));
    }
}
