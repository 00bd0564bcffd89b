using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Alignment.Residuals;

/// <summary>
/// The residuals of a layer's tiles in an aligned stack: each match's p and q points (tile pixels)
/// mapped into the world through their tiles' transforms in that stack, and the distance between
/// them, summarised per pair and per tile.
/// </summary>
public static class LayerResidualCalculator
{
    /// <summary>The most pairs listed for one tile.</summary>
    public const int WorstPairsPerTile = 10;

    /// <summary>Measures every pair that has a tile in the layer.</summary>
    /// <param name="z">The layer.</param>
    /// <param name="layer">The layer's tiles in the aligned stack, references resolved.</param>
    /// <param name="partners">Tiles of other layers that pairs name, references resolved.</param>
    /// <param name="pairs">The collection's pairs touching the layer, with their matches (each pair once).</param>
    public static LayerResiduals Calculate(double z, IReadOnlyList<TileSpec> layer, IReadOnlyList<TileSpec> partners, IEnumerable<CanvasMatches> pairs)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(pairs);
        var inLayer = layer.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal);
        var known = new Dictionary<string, TileSpec>(inLayer, StringComparer.Ordinal);
        foreach (var partner in partners)
        {
            known.TryAdd(partner.TileId!, partner);
        }

        var byTile = inLayer.Keys.ToDictionary(id => id, _ => new List<(NeighbourResidual Pair, double Sum)>(), StringComparer.Ordinal);
        var (pairCount, ignored, matchCount, sum, max) = (0, 0, 0L, 0.0, 0.0);
        foreach (var pair in pairs)
        {
            if (pair.PId is not { } pId || pair.QId is not { } qId || !known.TryGetValue(pId, out var p) || !known.TryGetValue(qId, out var q)
                || !(inLayer.ContainsKey(pId) || inLayer.ContainsKey(qId)))
            {
                ignored++;
                continue;
            }

            var distances = Distances(p, q, pair.Matches);
            if (distances.Count == 0)
            {
                continue;
            }

            var (pairSum, pairMax) = (distances.Sum(), distances.Max());
            pairCount++;
            matchCount += distances.Count;
            sum += pairSum;
            max = Math.Max(max, pairMax);
            if (byTile.TryGetValue(pId, out var pList))
            {
                pList.Add((new NeighbourResidual(qId, q.Z ?? double.NaN, distances.Count, pairSum / distances.Count, pairMax), pairSum));
            }

            if (byTile.TryGetValue(qId, out var qList))
            {
                qList.Add((new NeighbourResidual(pId, p.Z ?? double.NaN, distances.Count, pairSum / distances.Count, pairMax), pairSum));
            }
        }

        var boxes = inLayer.Values.OrderBy(tile => tile.TileId, StringComparer.Ordinal).Select(tile => Box(tile, byTile[tile.TileId!])).ToList();
        return new LayerResiduals(z, boxes.Count, pairCount, matchCount, ignored, matchCount == 0 ? 0 : sum / matchCount, max, boxes);
    }

    private static TileResidualBox Box(TileSpec tile, List<(NeighbourResidual Pair, double Sum)> pairs)
    {
        var matches = pairs.Sum(pair => pair.Pair.MatchCount);
        var worst = pairs.Select(pair => pair.Pair).OrderByDescending(pair => pair.Max).ThenBy(pair => pair.OtherTileId, StringComparer.Ordinal).Take(WorstPairsPerTile).ToList();
        return new TileResidualBox(
            tile.TileId!,
            tile.MinX ?? 0,
            tile.MinY ?? 0,
            tile.MaxX ?? 0,
            tile.MaxY ?? 0,
            pairs.Count,
            matches,
            matches == 0 ? null : pairs.Sum(pair => pair.Sum) / matches,
            pairs.Count == 0 ? null : pairs.Max(pair => pair.Pair.Max),
            worst);
    }

    private static List<double> Distances(TileSpec p, TileSpec q, Matches? matches)
    {
        var distances = new List<double>();
        if (matches is not { P: [var px, var py], Q: [var qx, var qy] })
        {
            return distances;
        }

        for (var k = 0; k < Math.Min(px.Length, qx.Length); k++)
        {
            var pWorld = p.GetWorldCoordinates(px[k], py[k]);
            var qWorld = q.GetWorldCoordinates(qx[k], qy[k]);
            var d = Math.Sqrt(Math.Pow(pWorld[0] - qWorld[0], 2) + Math.Pow(pWorld[1] - qWorld[1], 2));
            if (double.IsFinite(d))
            {
                distances.Add(d);
            }
        }

        return distances;
    }
}
