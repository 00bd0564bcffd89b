using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Alignment.Clusters;

/// <summary>
/// render-ws's <c>GET .../z/{z}/clusteredTileBoundsForCollection/{matchCollection}</c> as a
/// function: the layer's tiles grouped into sets connected by match pairs, largest set first.
/// </summary>
public static class TileClusters
{
    /// <summary>
    /// The clusters of <paramref name="layerTiles"/>: only pairs with both tiles in the layer count,
    /// tiles without a section id are left out (as render), and so are tiles in no pair. render
    /// orders a cluster by hash; here by tile id, and clusters of one size by their first tile id.
    /// </summary>
    /// <param name="layerTiles">The layer's tile bounds.</param>
    /// <param name="matches">The pairs within and between the layer's sections (render-ws reads them without match details: only the ids matter).</param>
    public static IReadOnlyList<IReadOnlyList<TileBounds>> Cluster(IEnumerable<TileBounds> layerTiles, IEnumerable<CanvasMatches> matches)
    {
        ArgumentNullException.ThrowIfNull(layerTiles);
        ArgumentNullException.ThrowIfNull(matches);
        var byId = new Dictionary<string, TileBounds>(StringComparer.Ordinal);
        foreach (var tile in layerTiles.Where(tile => tile.SectionId is not null && tile.TileId is not null))
        {
            byId[tile.TileId!] = tile;
        }

        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent[id] is var up && !string.Equals(up, id, StringComparison.Ordinal))
            {
                parent[id] = parent[up];
                id = up;
            }

            return id;
        }

        foreach (var pair in matches)
        {
            if (pair?.PId is not { } p || pair.QId is not { } q || !byId.ContainsKey(p) || !byId.ContainsKey(q))
            {
                continue;
            }

            parent.TryAdd(p, p);
            parent.TryAdd(q, q);
            var (rootP, rootQ) = (Find(p), Find(q));
            if (!string.Equals(rootP, rootQ, StringComparison.Ordinal))
            {
                parent[rootQ] = rootP;
            }
        }

        return [.. parent.Keys.GroupBy(Find, StringComparer.Ordinal)
            .Select(cluster => cluster.Order(StringComparer.Ordinal).Select(id => byId[id]).ToList())
            .OrderByDescending(cluster => cluster.Count)
            .ThenBy(cluster => cluster[0].TileId, StringComparer.Ordinal)];
    }
}
