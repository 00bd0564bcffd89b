namespace Render.Matching.TilePairs;

/// <summary>
/// render's test for a completely obscured tile: its rectangle minus every intersecting tile with a
/// greater id (java.awt.geom.Area subtraction) is empty. Done exactly by splitting the tile at every
/// edge of the covering boxes and checking that each piece lies under one of them.
/// </summary>
internal static class TileCoverage
{
    public static bool IsCompletelyObscured(LayerTile tile, IReadOnlyList<LayerTile> intersecting)
    {
        if (!(tile.Width > 0) || !(tile.Height > 0))
        {
            return true;
        }

        var covers = intersecting.Where(other => string.CompareOrdinal(tile.TileId, other.TileId) < 0 && other.Width > 0 && other.Height > 0).ToList();
        if (covers.Count == 0)
        {
            return false;
        }

        var xs = Edges(tile.MinX, tile.MaxX, covers.SelectMany(c => (double[])[c.MinX, c.MaxX]));
        var ys = Edges(tile.MinY, tile.MaxY, covers.SelectMany(c => (double[])[c.MinY, c.MaxY]));
        for (var i = 0; i + 1 < xs.Count; i++)
        {
            var x = (xs[i] + xs[i + 1]) / 2;
            for (var j = 0; j + 1 < ys.Count; j++)
            {
                var y = (ys[j] + ys[j + 1]) / 2;
                if (!covers.Any(c => x > c.MinX && x < c.MaxX && y > c.MinY && y < c.MaxY))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<double> Edges(double min, double max, IEnumerable<double> edges) =>
        [.. edges.Where(e => e > min && e < max).Append(min).Append(max).Distinct().Order()];
}
