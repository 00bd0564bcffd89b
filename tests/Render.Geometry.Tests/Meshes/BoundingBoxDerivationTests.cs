using Render.Geometry.Meshes;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Meshes;

/// <summary>render's bounding boxes (render-core.md §2.4 and §2.5).</summary>
public sealed class BoundingBoxDerivationTests
{
    private static readonly CoordinateTransformList AffineTile = new(
        Fixtures.LeafTransforms("render-app/tile-test/tile_with_only_affine_transforms.json")
            .Select(leaf => (ICoordinateTransform)AffineModel2D.Parse(leaf.DataString)));

    private static readonly AffineModel2D Rotate45 = AffineModel2D.Parse("0.70710678118 0.70710678118 -0.70710678118 0.70710678118 0 0");

    [Fact]
    public void Sloppy_AffineOnlyTile_MatchesTileSpecTest()
    {
        Assert.Equal(new WorldBox(1108, 1957, 3774, 4265), BoundingBoxDerivation.Sloppy(AffineTile, 2560, 2160, 64));
    }

    [Fact]
    public void FromMesh_AffineOnlyTile_IsOnePixelSmallerAtTheMax()
    {
        Assert.Equal(new WorldBox(1108, 1957, 3773, 4264), BoundingBoxDerivation.FromMesh(AffineTile, 2560, 2160, 64));
    }

    [Fact]
    public void Sloppy_ExponentialRecoveryOffset_MatchesRendersTest()
    {
        var transform = ExponentialRecoveryOffsetTransform.Parse("50.263852018175896,0.0012483526717175487,-49.51720446569045,1");

        var box = BoundingBoxDerivation.Sloppy(transform, 7687, 3500, 64);

        Assert.Equal(new WorldBox(0, 49, 7687, 3500), box);
        Assert.Equal(3500 - 49, box.MaxY - box.MinY);
    }

    [Fact]
    public void Sloppy_TranslatedTile_KeepsItsFullSize()
    {
        // render-ws TileDataServiceTest: 1024 x 1024 under two translations stays 1024 wide and high.
        var transform = new CoordinateTransformList([AffineModel2D.Parse("1 0 0 1 1896 -876"), AffineModel2D.Parse("1 0 0 1 0 1752")]);

        var sloppy = BoundingBoxDerivation.Sloppy(transform, 1024, 1024, 64);
        var mesh = BoundingBoxDerivation.FromMesh(transform, 1024, 1024, 64);

        Assert.Equal((1024.0, 1024.0), (sloppy.MaxX - sloppy.MinX, sloppy.MaxY - sloppy.MinY));
        Assert.Equal((1023.0, 1023.0), (mesh.MaxX - mesh.MinX, mesh.MaxY - mesh.MinY));
    }

    [Fact]
    public void Sloppy_NegativeMinimum_IsTruncatedTowardZero()
    {
        // The rotated bowtie's tileA: -1527.35 becomes -1527, not -1528.
        Assert.Equal(new WorldBox(-1527, 0, 1811, 3337), BoundingBoxDerivation.Sloppy(Rotate45, 2560, 2160, 64));
        Assert.Equal(new WorldBox(-1526, 0, 1811, 3337), BoundingBoxDerivation.FromMesh(Rotate45, 2560, 2160, 64));
    }

    [Fact]
    public void Sloppy_RotatedAndTranslatedTile_MatchesSpec()
    {
        var tileB = new CoordinateTransformList([Rotate45, TranslationModel2D.Parse("1600 0")]);

        Assert.Equal(new WorldBox(72, 0, 3410, 3337), BoundingBoxDerivation.Sloppy(tileB, 2560, 2160, 64));
        Assert.Equal(new WorldBox(73, 0, 3410, 3337), BoundingBoxDerivation.FromMesh(tileB, 2560, 2160, 64));
    }
}
