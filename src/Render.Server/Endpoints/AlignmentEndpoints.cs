using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Alignment.Clusters;
using Render.Alignment.Residuals;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Server.Errors;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>
/// render-ws's alignment-quality reads over a stack and a match collection (its
/// CombinedRenderAndMatchService): the tiles of a layer clustered by the pairs that connect them,
/// and one pair's residuals in an aligned stack. The computations are Render.Alignment's; this
/// reads the inputs from the store.
/// </summary>
internal static class AlignmentEndpoints
{
    public static void MapAlignmentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet(
            "/owner/{owner}/project/{project}/stack/{stack}/z/{z}/clusteredTileBoundsForCollection/{matchCollection}",
            async (string owner, string project, string stack, string z, string matchCollection, HttpRequest request, StackDataService data, MatchService matches, CancellationToken ct) =>
            {
                var collection = MatchCollectionIdOf(request.QueryString("matchOwner") ?? owner, matchCollection);
                var bounds = await data.GetTileBoundsAsync(StackIdOf(owner, project, stack), TileQuery.Layer(PathDouble(z, "z")), ct);
                var pairs = await LayerPairsAsync(matches, collection, bounds.Select(tile => tile.SectionId).OfType<string>(), ct);
                return Results.Text(AlignmentJson.Serialize(TileClusters.Cluster(bounds, pairs)), "application/json", Encoding.UTF8);
            });
        api.MapPost(
            "/owner/{owner}/project/{project}/stack/{stack}/pairResidualCalculation",
            async (string owner, string project, string stack, HttpRequest request, TileReader tiles, RenderParametersService parameters, MatchService matches, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var input = AlignmentJson.ParseResidualInput(await reader.ReadToEndAsync(ct));
                var result = await PairResidualAsync(StackIdOf(owner, project, stack), input, tiles, parameters, matches, ct);
                return Results.Text(AlignmentJson.Serialize(result), "application/json", Encoding.UTF8);
            });
    }

    /// <summary>
    /// As render-ws: both tiles as they were rendered for matching (the legacy normalizeForMatching
    /// tile of the match stack), the stored pair between them, and both tiles of the aligned stack.
    /// </summary>
    /// <exception cref="ArgumentException">The request lacks a tile id, the match stack or the collection.</exception>
    /// <exception cref="NotFoundException">A stack, tile, collection or the pair does not exist.</exception>
    private static async Task<ResidualResult> PairResidualAsync(
        StackId aligned, ResidualInputData input, TileReader tiles, RenderParametersService parameters, MatchService matches, CancellationToken ct)
    {
        if (input is not { PTileId: { } pId, QTileId: { } qId, MatchRenderStackId: { } matchStack, MatchCollectionId: { } collection })
        {
            throw new ArgumentException("pTileId, qTileId, matchRenderStackId and matchCollectionId are required");
        }

        async Task<TileSpec> MatchTileAsync(string tileId) =>
            (await parameters.ForTileAsync(matchStack, tileId, new RenderQuery(), new TileNormalization(NormalizeForMatching: true), ct)).TileSpecs[0];
        var pMatch = await MatchTileAsync(pId);
        var qMatch = await MatchTileAsync(qId);
        var query = MatchNormalization.BetweenCanvases(SectionOf(pMatch), pId, SectionOf(qMatch), qId);
        CanvasMatches? pair = null;
        await foreach (var found in (await matches.FindAsync(collection, [], query, excludeMatchDetails: false, ct)).WithCancellation(ct))
        {
            pair ??= found;
        }

        if (pair is null)
        {
            throw new NotFoundException($"{collection.Owner}/{collection.Name} has no matches between {pId} and {qId}");
        }

        var pAligned = await tiles.GetResolvedAsync(aligned, pId, flatten: false, ct);
        var qAligned = await tiles.GetResolvedAsync(aligned, qId, flatten: false, ct);
        return PairResidualCalculator.Calculate(aligned, input, pair, pMatch, qMatch, pAligned, qAligned);
    }

    private static string SectionOf(TileSpec tile) =>
        tile.Layout?.SectionId ?? throw new ArgumentException($"tile {tile.TileId} has no sectionId, so its matches cannot be found");

    /// <summary>As render-ws: the pairs within each of the layer's sections and between every two of them, without match details.</summary>
    private static async Task<List<CanvasMatches>> LayerPairsAsync(MatchService matches, MatchCollectionId collection, IEnumerable<string> sectionIds, CancellationToken ct)
    {
        var sections = sectionIds.Distinct().Order(StringComparer.Ordinal).ToList();
        var queries = new List<MatchQuery>();
        for (var i = 0; i < sections.Count; i++)
        {
            queries.Add(MatchQuery.WithinGroup(sections[i]));
            queries.AddRange(sections.Skip(i + 1).Select(other => MatchQuery.BetweenGroups(sections[i], other)));
        }

        var pairs = new List<CanvasMatches>();
        foreach (var query in queries)
        {
            await foreach (var pair in (await matches.FindAsync(collection, [], query, excludeMatchDetails: true, ct)).WithCancellation(ct))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
