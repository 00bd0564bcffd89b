using System.Runtime.CompilerServices;
using Render.Geometry.Meshes;
using Render.Geometry.Transforms;
using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <content>Where the tile lands: its transform, bounding box and coordinate mapping (render's TileSpec geometry).</content>
public sealed partial record TileSpec
{
    private static readonly ConditionalWeakTable<TileSpec, CoordinateTransformMesh> LocalMeshes = [];

    /// <summary>True when the stored box is missing or was derived for another mesh cell size (render's <c>isBoundingBoxDerivationNeeded</c>).</summary>
    public bool IsBoundingBoxDerivationNeeded(double meshCellSize) =>
        MeshCellSize != meshCellSize || MinX is null || MinY is null || MaxX is null || MaxY is null;

    /// <summary>The tile's transforms as one coordinate transform (references must be resolved).</summary>
    /// <exception cref="Transforms.TransformReferenceException">A reference is not resolved.</exception>
    /// <exception cref="RenderInputException">A leaf cannot be built.</exception>
    public CoordinateTransformList BuildTransformList() => Transforms.BuildTransformList();

    /// <summary>
    /// This tile with its world box derived for <paramref name="meshCellSize"/>, as render's
    /// <c>deriveBoundingBox</c>: only when <paramref name="force"/> is set or derivation is needed,
    /// by border sampling (<paramref name="sloppy"/>, render's default) or from the transform mesh.
    /// </summary>
    /// <exception cref="RenderInputException">Width or height is missing, or a transform cannot be built.</exception>
    public TileSpec DeriveBoundingBox(double meshCellSize, bool force = false, bool sloppy = true)
    {
        if (!force && !IsBoundingBoxDerivationNeeded(meshCellSize))
        {
            return this;
        }

        var box = WorldBoxOf(Transforms, meshCellSize, sloppy);
        return this with { MinX = box.MinX, MinY = box.MinY, MaxX = box.MaxX, MaxY = box.MaxY, MeshCellSize = meshCellSize };
    }

    /// <summary>
    /// The world box of a tile of this size under <paramref name="transforms"/> (its own, or them
    /// resolved), as <see cref="DeriveBoundingBox"/> derives it, without copying the tile.
    /// </summary>
    /// <exception cref="RenderInputException">Width or height is missing, or a transform cannot be built.</exception>
    internal WorldBox WorldBoxOf(ListTransformSpec transforms, double meshCellSize, bool sloppy = true)
    {
        var (width, height) = RequireSize("create a bounding box");
        var transform = transforms.BuildTransformList();
        return sloppy
            ? BoundingBoxDerivation.Sloppy(transform, width, height, meshCellSize)
            : BoundingBoxDerivation.FromMesh(transform, width, height, meshCellSize);
    }

    /// <summary>The world coordinates of a local point: [x, y], or [x, y, z] when the tile has a z.</summary>
    public double[] GetWorldCoordinates(double x, double y)
    {
        if (Transforms.Count > 0)
        {
            BuildTransformList().ApplyInPlace(ref x, ref y);
        }

        return WithZ(x, y);
    }

    /// <summary>
    /// The local coordinates of a world point through the tile's transform mesh (render's
    /// <c>getLocalCoordinates</c>): [x, y], or [x, y, z] when the tile has a z. The mesh is built
    /// once per tile instance.
    /// </summary>
    /// <exception cref="NoninvertibleTransformException">No mesh triangle covers the point.</exception>
    public double[] GetLocalCoordinates(double x, double y, double meshCellSize)
    {
        if (Transforms.Count > 0)
        {
            LocalMesh(meshCellSize).ApplyInverseInPlace(ref x, ref y);
        }

        return WithZ(x, y);
    }

    /// <summary>
    /// True when the world point is inside the stored box and maps back inside [0, width]×[0, height]
    /// (render's <c>isWorldCoordinateInsideTile</c>).
    /// </summary>
    public bool IsWorldCoordinateInsideTile(double x, double y)
    {
        if (MinX is not { } minX || MinY is not { } minY || MaxX is not { } maxX || MaxY is not { } maxY
            || x < minX || x > maxX || y < minY || y > maxY)
        {
            return false;
        }

        var local = GetLocalCoordinates(x, y, MeshCellSize);
        return local[0] >= 0 && local[0] <= Width && local[1] >= 0 && local[1] <= Height;
    }

    private CoordinateTransformMesh LocalMesh(double meshCellSize)
    {
        if (LocalMeshes.TryGetValue(this, out var cached) && cached.MeshCellSize == meshCellSize)
        {
            return cached;
        }

        var (width, height) = RequireSize("create transform mesh");
        var mesh = new CoordinateTransformMesh(BuildTransformList(), width, height, meshCellSize);
        LocalMeshes.AddOrUpdate(this, mesh);
        return mesh;
    }

    private (double Width, double Height) RequireSize(string purpose) =>
        Width is { } width && Height is { } height
            ? (width, height)
            : throw new RenderInputException($"width and height must be set to {purpose}" + (TileId is null ? string.Empty : $" (tile '{TileId}')"));

    private double[] WithZ(double x, double y) => Z is { } z ? [x, y, z] : [x, y];
}
