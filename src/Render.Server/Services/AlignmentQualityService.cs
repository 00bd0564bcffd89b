using Render.Alignment.Clusters;
using Render.Alignment.Residuals;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render-ws's alignment-quality reads over a stack and a match collection (its
/// CombinedRenderAndMatchService): the tiles of a layer clustered by the pairs that connect them,
/// and one pair's residuals in an aligned stack. The computations are Render.Alignment's; this
/// reads their inputs.
/// </summary>
public sealed class AlignmentQualityService(StackDataService data, TileReader tiles, RenderParametersService parameters, MatchService matches)
{
    /// <summary>As render-ws: the layer's tile bounds and the pairs within each of its sections and between every two of them, without match details.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<TileBounds>>> ClusteredTileBoundsAsync(
        StackId stackId, double z, MatchCollectionId collection, CancellationToken cancellationToken)
    {
        var bounds = await data.GetTileBoundsAsync(stackId, TileQuery.Layer(z), cancellationToken).ConfigureAwait(false);
        var sections = bounds.Select(tile => tile.SectionId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var pairs = new List<CanvasMatches>();
        for (var i = 0; i < sections.Count; i++)
        {
            var queries = sections.Skip(i + 1).Select(other => MatchQuery.BetweenGroups(sections[i], other)).Prepend(MatchQuery.WithinGroup(sections[i]));
            foreach (var query in queries)
            {
                var found = await matches.FindAsync(collection, [], query, excludeMatchDetails: true, cancellationToken).ConfigureAwait(false);
                await foreach (var pair in found.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    pairs.Add(pair);
                }
            }
        }

        return TileClusters.Cluster(bounds, pairs);
    }

    /// <summary>
    /// As render-ws: both tiles as they were rendered for matching (the legacy normalizeForMatching
    /// tile of the match stack), the stored pair between them, and both tiles of the aligned stack.
    /// </summary>
    /// <exception cref="ArgumentException">The request lacks a tile id, the match stack or the collection.</exception>
    /// <exception cref="NotFoundException">A stack, tile, collection or the pair does not exist.</exception>
    public async Task<ResidualResult> PairResidualAsync(StackId aligned, ResidualInputData input, CancellationToken cancellationToken)
    {
        if (input is not { PTileId: { } pId, QTileId: { } qId, MatchRenderStackId: { } matchStack, MatchCollectionId: { } collection })
        {
            throw new ArgumentException("pTileId, qTileId, matchRenderStackId and matchCollectionId are required");
        }

        async Task<TileSpec> MatchTileAsync(string tileId) =>
            (await parameters.ForTileAsync(matchStack, tileId, new RenderQuery(), new TileNormalization(NormalizeForMatching: true), cancellationToken).ConfigureAwait(false))
            .Parameters.TileSpecs[0];
        var pMatch = await MatchTileAsync(pId).ConfigureAwait(false);
        var qMatch = await MatchTileAsync(qId).ConfigureAwait(false);
        var query = MatchNormalization.BetweenCanvases(SectionOf(pMatch), pId, SectionOf(qMatch), qId);
        var found = await matches.FindAsync(collection, [], query, excludeMatchDetails: false, cancellationToken).ConfigureAwait(false);
        var pair = await found.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"{collection.Owner}/{collection.Name} has no matches between {pId} and {qId}");

        var pAligned = await tiles.GetResolvedAsync(aligned, pId, flatten: false, cancellationToken).ConfigureAwait(false);
        var qAligned = await tiles.GetResolvedAsync(aligned, qId, flatten: false, cancellationToken).ConfigureAwait(false);
        return PairResidualCalculator.Calculate(aligned, input, pair, pMatch, qMatch, pAligned, qAligned);
    }

    /// <summary>
    /// Our own extension for the dashboard's residual view: every tile of a layer of an aligned
    /// stack with its box and the distances between the matches of its pairs (within the layer and
    /// to other layers), each match's points mapped through both tiles' transforms in this stack.
    /// Pairs naming a tile that is not in the stack are ignored and counted.
    /// </summary>
    /// <exception cref="NotFoundException">The stack or the collection does not exist, or the layer has no tiles.</exception>
    public async Task<LayerResiduals> TileResidualsAsync(StackId stackId, double z, MatchCollectionId collection, CancellationToken cancellationToken)
    {
        var layer = await tiles.FindResolvedAsync(stackId, TileQuery.Layer(z), flatten: false, cancellationToken).ConfigureAwait(false);
        if (layer.Count == 0)
        {
            throw new NotFoundException($"{stackId.Stack} has no tiles with z {z}");
        }

        var inLayer = layer.Select(tile => tile.TileId!).ToHashSet(StringComparer.Ordinal);
        var pairs = new Dictionary<(string?, string?), CanvasMatches>();
        foreach (var section in layer.Select(tile => tile.Layout?.SectionId ?? tile.Z?.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var query in new[] { MatchQuery.WithinGroup(section), MatchQuery.OutsideGroup(section) })
            {
                var found = await matches.FindAsync(collection, [], query, excludeMatchDetails: false, cancellationToken).ConfigureAwait(false);
                await foreach (var pair in found.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    pairs.TryAdd((pair.PId, pair.QId), pair);
                }
            }
        }

        var partners = new List<TileSpec>();
        foreach (var id in pairs.Values.SelectMany(pair => new[] { pair.PId, pair.QId }).OfType<string>().Where(id => !inLayer.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            try
            {
                partners.Add(await tiles.GetResolvedAsync(stackId, id, flatten: false, cancellationToken).ConfigureAwait(false));
            }
            catch (NotFoundException)
            {
                // a pair naming a tile that is not in the stack: the calculator counts it as ignored
            }
        }

        return LayerResidualCalculator.Calculate(z, layer, partners, pairs.Values);
    }

    private static string SectionOf(TileSpec tile) =>
        tile.Layout?.SectionId ?? throw new ArgumentException($"tile {tile.TileId} has no sectionId, so its matches cannot be found");
}
