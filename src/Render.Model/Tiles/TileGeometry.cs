using Render.Geometry.Meshes;
using Render.Geometry.Transforms;
using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// Where a tile lands (render's TileSpec geometry, kept beside the data): its transform, bounding
/// box and coordinate mapping. The inverse meshes that world-to-local mapping goes through are kept
/// per tile instance in <see cref="TransformMeshCache{TOwner}"/>, as render keeps one per TileSpec.
/// </summary>
public static class TileGeometry
{
    private static readonly TransformMeshCache<TileSpec> LocalMeshes = new();

    /// <summary>True when the stored box is missing or was derived for another mesh cell size (render's <c>isBoundingBoxDerivationNeeded</c>).</summary>
    public static bool IsBoundingBoxDerivationNeeded(this TileSpec tile, double meshCellSize)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.MeshCellSize != meshCellSize || tile.MinX is null || tile.MinY is null || tile.MaxX is null || tile.MaxY is null;
    }

    /// <summary>The tile's transforms as one coordinate transform (references must be resolved).</summary>
    /// <exception cref="Transforms.TransformReferenceException">A reference is not resolved.</exception>
    /// <exception cref="RenderInputException">A leaf cannot be built.</exception>
    public static CoordinateTransformList BuildTransformList(this TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.Transforms.BuildTransformList();
    }

    /// <summary>
    /// The tile with its world box derived for <paramref name="meshCellSize"/>, as render's
    /// <c>deriveBoundingBox</c>: only when <paramref name="force"/> is set or derivation is needed,
    /// by border sampling (<paramref name="sloppy"/>, render's default) or from the transform mesh.
    /// </summary>
    /// <exception cref="RenderInputException">Width or height is missing, or a transform cannot be built.</exception>
    public static TileSpec DeriveBoundingBox(this TileSpec tile, double meshCellSize, bool force = false, bool sloppy = true)
    {
        if (!force && !tile.IsBoundingBoxDerivationNeeded(meshCellSize))
        {
            return tile;
        }

        var box = tile.WorldBoxOf(tile.Transforms, meshCellSize, sloppy);
        return tile with { MinX = box.MinX, MinY = box.MinY, MaxX = box.MaxX, MaxY = box.MaxY, MeshCellSize = meshCellSize };
    }

    /// <summary>
    /// The world box of a tile of this size under <paramref name="transforms"/> (its own, or them
    /// resolved), as <see cref="DeriveBoundingBox"/> derives it, without copying the tile.
    /// </summary>
    /// <exception cref="RenderInputException">Width or height is missing, or a transform cannot be built.</exception>
    internal static WorldBox WorldBoxOf(this TileSpec tile, ListTransformSpec transforms, double meshCellSize, bool sloppy = true)
    {
        var (width, height) = RequireSize(tile, "create a bounding box");
        var transform = transforms.BuildTransformList();
        return sloppy
            ? BoundingBoxDerivation.Sloppy(transform, width, height, meshCellSize)
            : BoundingBoxDerivation.FromMesh(transform, width, height, meshCellSize);
    }

    /// <summary>The world coordinates of a local point: [x, y], or [x, y, z] when the tile has a z.</summary>
    public static double[] GetWorldCoordinates(this TileSpec tile, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.Transforms.Count > 0)
        {
            tile.BuildTransformList().ApplyInPlace(ref x, ref y);
        }

        return WithZ(tile, x, y);
    }

    /// <summary>
    /// The local coordinates of a world point through the tile's transform mesh (render's
    /// <c>getLocalCoordinates</c>): [x, y], or [x, y, z] when the tile has a z. The mesh is built
    /// once per tile instance.
    /// </summary>
    /// <exception cref="NoninvertibleTransformException">No mesh triangle covers the point.</exception>
    public static double[] GetLocalCoordinates(this TileSpec tile, double x, double y, double meshCellSize)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.Transforms.Count > 0)
        {
            LocalMeshes.GetOrCreate(tile, meshCellSize, CreateLocalMesh).ApplyInverseInPlace(ref x, ref y);
        }

        return WithZ(tile, x, y);
    }

    /// <summary>
    /// True when the world point is inside the stored box and maps back inside [0, width]×[0, height]
    /// (render's <c>isWorldCoordinateInsideTile</c>).
    /// </summary>
    public static bool IsWorldCoordinateInsideTile(this TileSpec tile, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.MinX is not { } minX || tile.MinY is not { } minY || tile.MaxX is not { } maxX || tile.MaxY is not { } maxY
            || x < minX || x > maxX || y < minY || y > maxY)
        {
            return false;
        }

        var local = tile.GetLocalCoordinates(x, y, tile.MeshCellSize);
        return local[0] >= 0 && local[0] <= tile.Width && local[1] >= 0 && local[1] <= tile.Height;
    }

    private static CoordinateTransformMesh CreateLocalMesh(TileSpec tile, double meshCellSize)
    {
        var (width, height) = RequireSize(tile, "create transform mesh");
        return new CoordinateTransformMesh(tile.BuildTransformList(), width, height, meshCellSize);
    }

    private static (double Width, double Height) RequireSize(TileSpec tile, string purpose) =>
        tile.Width is { } width && tile.Height is { } height
            ? (width, height)
            : throw new RenderInputException($"width and height must be set to {purpose}" + (tile.TileId is null ? string.Empty : $" (tile '{tile.TileId}')"));

    private static double[] WithZ(TileSpec tile, double x, double y) => tile.Z is { } z ? [x, y, z] : [x, y];
}
