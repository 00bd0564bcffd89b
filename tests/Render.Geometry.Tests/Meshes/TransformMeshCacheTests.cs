using Render.Geometry.Meshes;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Meshes;

public sealed class TransformMeshCacheTests
{
    private static readonly AffineModel2D Shift = AffineModel2D.Parse("1 0 0 1 100 50");

    private readonly TransformMeshCache<object> _cache = new();
    private int _created;

    [Fact]
    public void GetOrCreate_SameOwnerAndCellSize_BuildsTheMeshOnce()
    {
        var owner = new object();

        var first = _cache.GetOrCreate(owner, 64, Create);
        var second = _cache.GetOrCreate(owner, 64, Create);

        Assert.Same(first, second);
        Assert.Equal(1, _created);
    }

    [Fact]
    public void GetOrCreate_OtherCellSize_ReplacesTheKeptMesh()
    {
        var owner = new object();
        var at64 = _cache.GetOrCreate(owner, 64, Create);

        var at32 = _cache.GetOrCreate(owner, 32, Create);

        Assert.NotSame(at64, at32);
        Assert.Equal(32, at32.MeshCellSize);
        Assert.Same(at32, _cache.GetOrCreate(owner, 32, Create));
        Assert.Equal(2, _created);
    }

    [Fact]
    public void GetOrCreate_EqualButDistinctOwners_EachGetTheirOwn()
    {
        // Owners are told apart by reference, as render keeps a mesh per TileSpec instance: records
        // that are equal in value (a tile and its unchanged copy) still build one each.
        var first = _cache.GetOrCreate(new string('a', 3), 64, Create);
        var second = _cache.GetOrCreate(new string('a', 3), 64, Create);

        Assert.NotSame(first, second);
        Assert.Equal(2, _created);
    }

    [Fact]
    public void GetOrCreate_KeptMesh_MapsAsTheTransform()
    {
        var mesh = _cache.GetOrCreate(new object(), 64, Create);
        double x = 110, y = 60;

        mesh.ApplyInverseInPlace(ref x, ref y);

        Assert.Equal((10.0, 10.0), (x, y), new TupleToleranceComparer(1e-9));
    }

    private CoordinateTransformMesh Create(object owner, double meshCellSize)
    {
        _created++;
        return new CoordinateTransformMesh(Shift, 200, 100, meshCellSize);
    }
}
