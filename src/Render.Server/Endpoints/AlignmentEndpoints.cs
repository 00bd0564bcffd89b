using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Alignment.Clusters;
using Render.Alignment.Residuals;
using Render.Model.PointMatches;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>
/// render-ws's alignment-quality reads over a stack and a match collection (its
/// CombinedRenderAndMatchService): the tiles of a layer clustered by the pairs that connect them.
/// The computation is Render.Alignment's; this reads the inputs from the store.
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
    }

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
