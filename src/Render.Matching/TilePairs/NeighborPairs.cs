using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>
/// render's TileBoundsRTree.getCircleNeighbors and getDistinctPairs: each source tile looks in a
/// circle around its centre (radius factor × its larger side, or an explicit radius) in its own layer
/// and in the neighbour layers; same-layer pairs carry relative positions, cross-layer pairs their
/// z distance.
/// </summary>
internal static class NeighborPairs
{
    public static HashSet<OrderedCanvasIdPair> Find(
        IEnumerable<LayerTile> sources, TileBoundsIndex layer, IReadOnlyList<TileBoundsIndex> neighborLayers, TilePairOptions options)
    {
        var pairs = new HashSet<OrderedCanvasIdPair>(PairIdentity.Instance);
        foreach (var tile in sources)
        {
            var centerX = tile.MinX + (tile.Width / 2);
            var centerY = tile.MinY + (tile.Height / 2);
            var radius = options.ExplicitRadius ?? (Math.Max(tile.Width, tile.Height) * options.XyNeighborFactor);
            if (!options.ExcludeSameLayerNeighbors)
            {
                AddDistinct(pairs, tile, layer.FindInCircle(centerX, centerY, radius), options, sameLayer: true);
            }

            foreach (var neighbors in neighborLayers)
            {
                AddDistinct(pairs, tile, neighbors.FindInCircle(centerX, centerY, radius), options, sameLayer: false);
            }
        }

        return pairs;
    }

    private static void AddDistinct(HashSet<OrderedCanvasIdPair> pairs, LayerTile from, List<LayerTile> found, TilePairOptions options, bool sameLayer)
    {
        foreach (var to in found)
        {
            if (from.TileId == to.TileId
                || (options.ExcludeSameSectionNeighbors && from.SectionId == to.SectionId)
                || (options.ExcludeCornerNeighbors && !CenterInRange(from.MinX, from.MaxX, to.MinX, to.MaxX) && !CenterInRange(from.MinY, from.MaxY, to.MinY, to.MaxY)))
            {
                continue;
            }

            if (sameLayer)
            {
                var (fromPosition, toPosition) = RelativePositions(from, to);
                pairs.Add(CanvasIdOrder.Pair(new CanvasId(from.SectionId, from.TileId, fromPosition), new CanvasId(to.SectionId, to.TileId, toPosition)));
            }
            else
            {
                pairs.Add(CanvasIdOrder.Pair(new CanvasId(from.SectionId, from.TileId), new CanvasId(to.SectionId, to.TileId), from.Z - to.Z));
            }
        }
    }

    private static bool CenterInRange(double min, double max, double neighborMin, double neighborMax)
    {
        var center = neighborMin + ((neighborMax - neighborMin) / 2);
        return center >= min && center <= max;
    }

    /// <summary>render's MontageRelativePosition.getRelativePositions: from the min corners, along the larger difference.</summary>
    internal static (MontageRelativePosition P, MontageRelativePosition Q) RelativePositions(LayerTile p, LayerTile q)
    {
        var deltaX = p.MinX - q.MinX;
        var deltaY = p.MinY - q.MinY;
        if (Math.Abs(deltaX) > Math.Abs(deltaY))
        {
            return deltaX > 0 ? (MontageRelativePosition.Right, MontageRelativePosition.Left) : (MontageRelativePosition.Left, MontageRelativePosition.Right);
        }

        return deltaY > 0 ? (MontageRelativePosition.Bottom, MontageRelativePosition.Top) : (MontageRelativePosition.Top, MontageRelativePosition.Bottom);
    }
}
