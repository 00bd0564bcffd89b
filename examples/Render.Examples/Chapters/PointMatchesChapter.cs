using Render.Client;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 6, point matches: render-python's <c>import_matches</c>, <c>get_matchcollections</c>,
/// <c>get_matches_within_group</c>, <c>get_matches_outside_group</c>,
/// <c>get_matches_from_tile_to_tile</c>, <c>delete_point_matches_between_groups</c> and
/// <c>delete_collection</c>. A match pairs a point p in one tile (canvas) with a point q in another;
/// groups are section ids and ids are tile ids.
/// </summary>
public static class PointMatchesChapter
{
    /// <summary>
    /// Matches the overlapping tiles of the first two layers of <paramref name="source"/> into
    /// collection <c>{prefix}_matches</c>, reads them back by group and by tile pair, and deletes them.
    /// </summary>
    public static async Task<PointMatchesTour> RunAsync(
        RenderClient client, StackId source, string prefix, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 6. Point matches");

        // A feature matcher (render's SIFT clients) would find these; the synthetic tiles' geometry is
        // known, so world points in each overlap are mapped to the local coordinates of both tiles.
        var zValues = await client.Sections.GetZValuesAsync(source, cancellationToken: cancellationToken);
        var first = await client.Tiles.GetLayerAsync(source, zValues[0], cancellationToken);
        var second = await client.Tiles.GetLayerAsync(source, zValues[1], cancellationToken);
        var montagePairs = MontagePairs(first);
        var crossPairs = CrossLayerPairs(first, second);

        // renderapi.pointmatch.import_matches(collection, matches): the collection is created on first use.
        var collection = client.CollectionIdOf(prefix + "_matches");
        await client.Matches.SaveAsync(collection, [.. montagePairs, .. crossPairs], cancellationToken);
        log.WriteLine($"saved {montagePairs.Count} pairs within section {first[0].Layout?.SectionId} and {crossPairs.Count} to the next section");

        // renderapi.pointmatch.get_matchcollections(owner)
        var listed = (await client.Matches.GetCollectionsAsync(cancellationToken: cancellationToken))
            .Single(meta => meta.CollectionId == collection);
        log.WriteLine($"{collection.Name} holds {listed.PairCount} pairs");

        // Within a group: the montage pairs of one section; outside it: the pairs to other sections.
        var group = first[0].Layout!.SectionId!;
        var within = await client.Matches.GetWithinGroupAsync(collection, group, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var outside = await client.Matches.GetOutsideGroupAsync(collection, group, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        log.WriteLine($"group {group}: {within.Count} pairs within, {outside.Count} outside");

        // renderapi.pointmatch.get_matches_from_tile_to_tile(collection, pGroup, pId, qGroup, qId)
        var pair = montagePairs[0];
        var between = await client.Matches.GetBetweenCanvasesAsync(collection, pair.PGroupId!, pair.PId!, pair.QGroupId!, pair.QId!, cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken);
        log.WriteLine($"{pair.PId} ~ {pair.QId}: {between.Count} pair with {between.FirstOrDefault()?.Matches?.WeightCount} matches");

        // renderapi.pointmatch.delete_point_matches_between_groups, then delete_collection.
        var otherGroup = second[0].Layout!.SectionId!;
        await client.Matches.DeleteBetweenGroupsAsync(collection, group, otherGroup, cancellationToken);
        var outsideAfterDelete = await client.Matches.GetOutsideGroupAsync(collection, group, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        log.WriteLine($"after deleting {group} ~ {otherGroup}: {outsideAfterDelete.Count} pairs outside {group}");
        await client.Matches.DeleteCollectionAsync(collection, cancellationToken);
        log.WriteLine($"{collection.Name} deleted");

        return new PointMatchesTour(collection, montagePairs, crossPairs, listed.PairCount ?? 0, within, outside, between, outsideAfterDelete);
    }

    /// <summary>A pair for every two tiles of one layer whose boxes overlap (neighbours, diagonals too).</summary>
    public static List<CanvasMatches> MontagePairs(IReadOnlyList<TileSpec> layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var pairs = new List<CanvasMatches>();
        for (var i = 0; i < layer.Count; i++)
        {
            for (var j = i + 1; j < layer.Count; j++)
            {
                if (Match(layer[i], layer[j]) is { } pair)
                {
                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    /// <summary>A pair for each tile of <paramref name="layer"/> and the tile at the same grid place in <paramref name="next"/>.</summary>
    public static List<CanvasMatches> CrossLayerPairs(IReadOnlyList<TileSpec> layer, IReadOnlyList<TileSpec> next)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(next);
        static (int? Row, int? Column) Place(TileSpec tile) => (tile.Layout?.ImageRow, tile.Layout?.ImageCol);
        var byPlace = next.ToDictionary(Place);
        return [.. layer
            .Where(tile => byPlace.ContainsKey(Place(tile)))
            .Select(tile => Match(tile, byPlace[Place(tile)]))
            .OfType<CanvasMatches>()];
    }

    /// <summary>
    /// Nine matches on a 3 × 3 grid inside the overlap of the two tiles' boxes: each world point in
    /// the local coordinates of <paramref name="p"/> and of <paramref name="q"/>. Null when the boxes
    /// do not overlap.
    /// </summary>
    public static CanvasMatches? Match(TileSpec p, TileSpec q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        var (minX, maxX) = (Math.Max(p.MinX!.Value, q.MinX!.Value), Math.Min(p.MaxX!.Value, q.MaxX!.Value));
        var (minY, maxY) = (Math.Max(p.MinY!.Value, q.MinY!.Value), Math.Min(p.MaxY!.Value, q.MaxY!.Value));
        if (maxX <= minX || maxY <= minY)
        {
            return null;
        }

        const int count = 9;
        double[] px = new double[count], py = new double[count], qx = new double[count], qy = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Keep away from the overlap's edges: a quarter of the way in, the middle, three quarters.
            var x = minX + ((maxX - minX) * (1 + (i % 3)) / 4);
            var y = minY + ((maxY - minY) * (1 + (i / 3)) / 4);
            var inP = p.GetLocalCoordinates(x, y, p.MeshCellSize);
            var inQ = q.GetLocalCoordinates(x, y, q.MeshCellSize);
            (px[i], py[i], qx[i], qy[i]) = (inP[0], inP[1], inQ[0], inQ[1]);
        }

        return new CanvasMatches(
            PGroupId: p.Layout?.SectionId, PId: p.TileId, QGroupId: q.Layout?.SectionId, QId: q.TileId,
            Matches: new Matches([px, py], [qx, qy], Enumerable.Repeat(1.0, count).ToArray()));
    }
}
