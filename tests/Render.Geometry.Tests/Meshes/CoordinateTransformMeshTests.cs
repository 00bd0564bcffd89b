using Render.Geometry.Meshes;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Meshes;

public sealed class CoordinateTransformMeshTests
{
    private static readonly CoordinateTransformList AffineTile = new(
        Fixtures.LeafTransforms("render-app/tile-test/tile_with_only_affine_transforms.json")
            .Select(leaf => (ICoordinateTransform)AffineModel2D.Parse(leaf.DataString)));

    [Fact]
    public void ApplyInverse_WorldOfLocal_ReturnsTheLocalPoint()
    {
        // render's TileSpecTest: local (30, 40) -> world -> local round-trips within 0.1.
        var mesh = new CoordinateTransformMesh(AffineTile, 2560, 2160, 64);
        double x = 30, y = 40;

        AffineTile.ApplyInPlace(ref x, ref y);
        mesh.ApplyInverseInPlace(ref x, ref y);

        Assert.Equal((30.0, 40.0), (x, y), new TupleToleranceComparer(0.1));
    }

    [Fact]
    public void ApplyInverse_AffineTile_AgreesWithTheAnalyticInverseInside()
    {
        var mesh = new CoordinateTransformMesh(AffineTile, 2560, 2160, 64);
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            double lx = 1 + (random.NextDouble() * 2550), ly = 1 + (random.NextDouble() * 2150);
            double x = lx, y = ly;
            AffineTile.ApplyInPlace(ref x, ref y);

            mesh.ApplyInverseInPlace(ref x, ref y);

            Assert.Equal((lx, ly), (x, y), new TupleToleranceComparer(1e-6));
        }
    }

    [Fact]
    public void ApplyInverse_OutsideTheMesh_Throws()
    {
        var mesh = new CoordinateTransformMesh(AffineModel2D.Identity, 100, 100, 64);
        double x = 500, y = 500;

        var error = Assert.Throws<NoninvertibleTransformException>(() => mesh.ApplyInverseInPlace(ref x, ref y));

        Assert.Equal("Noninvertible location ( 500, 500 )", error.Message);
    }

    [Fact]
    public void ApplyInverse_MirroringTransform_HasNoInverseAsInRender()
    {
        var mirror = AffineModel2D.Parse("-1 0 0 1 100 0");
        var mesh = new CoordinateTransformMesh(mirror, 100, 100, 64);
        double x = 50, y = 50;

        Assert.Throws<NoninvertibleTransformException>(() => mesh.ApplyInverseInPlace(ref x, ref y));
    }

    [Fact]
    public void ApplyInPlace_InsideTheSource_MatchesTheTransform()
    {
        var mesh = new CoordinateTransformMesh(AffineTile, 2560, 2160, 64);
        double x = 30, y = 40, ex = 30, ey = 40;

        mesh.ApplyInPlace(ref x, ref y);
        AffineTile.ApplyInPlace(ref ex, ref ey);

        Assert.Equal((ex, ey), (x, y), new TupleToleranceComparer(1e-6));
    }
}
