using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// Maps points between world and tile-local space the way render's coordinate endpoints do
/// (render's <c>TileCoordinates.getLocalCoordinates</c> / <c>getWorldCoordinates</c>).
/// </summary>
public static class TileCoordinateMapping
{
    /// <summary>
    /// The local coordinates of a world point in every candidate tile that can invert it. Give the
    /// candidates in render's draw order (tile id ascending): the last tile that maps the point is
    /// the one drawn on top, and only it is marked visible.
    /// </summary>
    /// <exception cref="NoninvertibleTransformException">No candidate can invert the point (render's message, naming them).</exception>
    public static IReadOnlyList<TileCoordinates> WorldToLocal(IEnumerable<TileSpec> candidates, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var mapped = new List<TileCoordinates>();
        var nonInvertible = new List<string?>();
        foreach (var tile in candidates)
        {
            try
            {
                mapped.Add(new TileCoordinates(TileId: tile.TileId, Local: tile.GetLocalCoordinates(x, y, tile.MeshCellSize)));
            }
            catch (NoninvertibleTransformException)
            {
                nonInvertible.Add(tile.TileId);
            }
        }

        if (mapped.Count == 0)
        {
            throw new NoninvertibleTransformException(
                $"world coordinate ({JavaNumberFormat.FormatDouble(x)}, {JavaNumberFormat.FormatDouble(y)}) found in tile id(s) " +
                $"[{string.Join(", ", nonInvertible)}] cannot be inverted");
        }

        mapped[^1] = mapped[^1] with { Visible = true };
        return mapped;
    }

    /// <summary>The world coordinates of a point local to <paramref name="tile"/>.</summary>
    public static TileCoordinates LocalToWorld(TileSpec tile, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return new TileCoordinates(TileId: tile.TileId, World: tile.GetWorldCoordinates(x, y));
    }
}
