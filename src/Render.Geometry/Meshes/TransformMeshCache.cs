using System.Runtime.CompilerServices;

namespace Render.Geometry.Meshes;

/// <summary>
/// Transform meshes kept per owner for as long as the owner lives: render builds a tile's mesh once
/// per tile instance and maps every later world point through it (its TileSpec keeps the mesh in a
/// field). Here the data stays plain and the cache is a value of its own, keyed weakly by the owner,
/// so a mesh goes when its owner is collected. Thread-safe; a mesh for another cell size replaces
/// the one kept.
/// </summary>
/// <typeparam name="TOwner">What a mesh belongs to (a tile spec).</typeparam>
public sealed class TransformMeshCache<TOwner>
    where TOwner : class
{
    private readonly ConditionalWeakTable<TOwner, CoordinateTransformMesh> _meshes = [];

    /// <summary>
    /// The mesh of <paramref name="owner"/> for <paramref name="meshCellSize"/>: the one kept, or one
    /// made by <paramref name="create"/> and kept. Two threads asking at once may both create one;
    /// either is correct, the last one is kept.
    /// </summary>
    public CoordinateTransformMesh GetOrCreate(TOwner owner, double meshCellSize, Func<TOwner, double, CoordinateTransformMesh> create)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(create);
        if (_meshes.TryGetValue(owner, out var cached) && cached.MeshCellSize == meshCellSize)
        {
            return cached;
        }

        var mesh = create(owner, meshCellSize);
        _meshes.AddOrUpdate(owner, mesh);
        return mesh;
    }
}
