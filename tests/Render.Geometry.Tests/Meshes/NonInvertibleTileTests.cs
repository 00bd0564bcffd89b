using Render.Geometry.Meshes;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Meshes;

/// <summary>
/// render-app's tile_with_non_invertible_transforms.json (lens correction, affines and moving least
/// squares: no analytic inverse) and mask_mipmap_test.json, which carries the same transforms with a
/// stored mesh-mode box (render-core.md §2.5, §4.1).
/// </summary>
public sealed class NonInvertibleTileTests
{
    private static readonly CoordinateTransformList Transforms = new(
        Fixtures.LeafTransforms("render-app/tile-test/tile_with_non_invertible_transforms.json")
            .Select(leaf => (ICoordinateTransform)TransformRegistry.Create(leaf.ClassName, leaf.DataString)));

    [Fact]
    public void World_OfLocal30And40_IsRendersValue()
    {
        double x = 30, y = 40;

        Transforms.ApplyInPlace(ref x, ref y);

        Assert.Equal(1128.2732548446593, x, 1e-9);
        Assert.Equal(2204.966289101786, y, 1e-9);
    }

    [Fact]
    public void MeshInverse_OfTheWorldPoint_ReturnsTheLocalPoint()
    {
        var mesh = new CoordinateTransformMesh(Transforms, 2560, 2160, 64);
        double x = 30, y = 40;
        Transforms.ApplyInPlace(ref x, ref y);

        mesh.ApplyInverseInPlace(ref x, ref y);

        Assert.Equal((30.0, 40.0), (x, y), new TupleToleranceComparer(0.1));
    }

    [Fact]
    public void BoundingBoxes_AreRendersSloppyAndMeshBoxes()
    {
        Assert.Equal(new WorldBox(1094, 2006, 3818, 4403), BoundingBoxDerivation.Sloppy(Transforms, 2560, 2160, 64));
        Assert.Equal(new WorldBox(1094, 2006, 3817, 4402), BoundingBoxDerivation.FromMesh(Transforms, 2560, 2160, 64));
    }

    [Fact]
    public void MaskMipmapTile_StoredBox_EqualsTheMeshBox()
    {
        var transforms = new CoordinateTransformList(
            Fixtures.LeafTransforms("render-app/mipmap-test/mask_mipmap_test.json")
                .Select(leaf => (ICoordinateTransform)TransformRegistry.Create(leaf.ClassName, leaf.DataString)));

        Assert.Equal(new WorldBox(1094, 2006, 3817, 4402), BoundingBoxDerivation.FromMesh(transforms, 2560, 2160, 64));
    }
}
