using System.Runtime.ExceptionServices;
using Render.Geometry.Numerics;
using Render.Model.Limits;
using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// What happens to tiles before they are stored, wherever it runs: render's <c>deriveData</c>
/// (each tile's world box from its transforms) and its collection validation. The service runs it
/// on every import; the client runs the same code before it sends, so that a bad tile is refused
/// before the first request and the service need not derive anything.
/// </summary>
public static class ResolvedTilesPreparation
{
    /// <summary>Tiles per parallel chunk when deriving bounding boxes.</summary>
    private const int DeriveChunk = 256;

    /// <summary>
    /// Every tile with its box derived (forced, as render's deriveData does), its transforms resolved
    /// against <paramref name="sharedTransforms"/> only; in parallel on all cores. The tiles keep
    /// their references: only the box changes.
    /// </summary>
    /// <exception cref="RenderInputException">
    /// A tile has an invalid size or mesh cell size, an unresolved reference or a transform that
    /// cannot be built (the first such tile's error).
    /// </exception>
    public static TileSpec[] DeriveBoundingBoxes(IReadOnlyList<TileSpec> tiles, IReadOnlyDictionary<string, TransformSpec> sharedTransforms)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(sharedTransforms);
        foreach (var tile in tiles)
        {
            CheckSize(tile);
        }

        var resolver = new TransformSpecResolver(sharedTransforms);
        var derived = new TileSpec[tiles.Count];
        try
        {
            Parallel.For(0, (tiles.Count + DeriveChunk - 1) / DeriveChunk, chunk =>
            {
                var end = Math.Min(tiles.Count, (chunk + 1) * DeriveChunk);
                for (var i = chunk * DeriveChunk; i < end; i++)
                {
                    derived[i] = DeriveBoundingBox(tiles[i], resolver);
                }
            });
        }
        catch (AggregateException parallel) when (parallel.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a tile threw; rethrow the tile's own error (bad input), not the wrapper.
            ExceptionDispatchInfo.Throw(parallel.InnerExceptions[0]);
        }

        return derived;
    }

    /// <summary>
    /// render's <c>validateCollection</c> plus its check that every referenced transform is among
    /// <paramref name="sharedTransforms"/>: at least one tile, every tile with a box, and with
    /// <paramref name="requiredZ"/> every tile in that layer.
    /// </summary>
    /// <exception cref="RenderInputException">The first rule a tile breaks, in render's words.</exception>
    public static void Validate(IReadOnlyList<TileSpec> tiles, IReadOnlyDictionary<string, TransformSpec> sharedTransforms, double? requiredZ = null)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(sharedTransforms);
        if (tiles.Count == 0)
        {
            throw new RenderInputException("collection does not have any tiles (maybe they were removed by a prior validation process)");
        }

        var resolver = new TransformSpecResolver(sharedTransforms);
        foreach (var tile in tiles)
        {
            if (tile.MinX is null || tile.MinY is null || tile.MaxX is null || tile.MaxY is null)
            {
                throw new RenderInputException(
                    $"tile with id '{tile.TileId}' is missing bounding box attributes (minX, minY, maxX, and/or maxY)");
            }

            if (requiredZ is { } z && (tile.Z is not { } tileZ || tileZ.CompareTo(z) != 0))
            {
                throw new RenderInputException(
                    $"all tiles must have a z value of {Java(z)} but tile with id '{tile.TileId}' has a z value of {(tile.Z is { } tz ? Java(tz) : "null")}");
            }

            var unresolved = resolver.Resolve(tile.Transforms).GetUnresolvedIds();
            if (unresolved.Count > 0)
            {
                throw new RenderInputException($"tile {tile.TileId} requires the following transform ids [{string.Join(", ", unresolved.Order(StringComparer.Ordinal))}]");
            }
        }
    }

    private static TileSpec DeriveBoundingBox(TileSpec tile, TransformSpecResolver resolver)
    {
        var box = tile.WorldBoxOf(resolver.Resolve(tile.Transforms), tile.MeshCellSize);
        return tile with { MinX = box.MinX, MinY = box.MinY, MaxX = box.MaxX, MaxY = box.MaxY };
    }

    /// <summary>
    /// Sizes and mesh cells the derivation can work with (render itself fails on absurd values with
    /// an overflow, or works for minutes on a mesh of billions of cells), within the request's limits.
    /// </summary>
    private static void CheckSize(TileSpec tile) =>
        InputLimits.Current.CheckGeometry($"tile with id '{InputLimits.Abbreviate(tile.TileId ?? string.Empty)}'", tile);

    private static string Java(double value) => JavaNumberFormat.FormatDouble(value);
}
