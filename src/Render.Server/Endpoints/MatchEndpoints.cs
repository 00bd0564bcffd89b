using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Model.PointMatches;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>
/// render's MatchService: collections, group ids, pair queries (streamed, with mergeCollection and
/// excludeMatchDetails), deletes, import, match counts and rename. Pair queries are normalised.
/// </summary>
internal static class MatchEndpoints
{
    /// <summary>The collection-scoped path prefix, render's <c>{M}</c>.</summary>
    private const string CollectionPath = "/owner/{owner}/matchCollection/{matchCollection}";

    public static void MapMatchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/matchCollectionOwners", async (MatchService matches, CancellationToken ct) =>
            RenderResults.Json(await matches.GetOwnersAsync(ct)));
        api.MapGet("/owner/{owner}/matchCollections", async (string owner, MatchService matches, CancellationToken ct) =>
            RenderResults.Json(await matches.GetCollectionsAsync(owner, ct)));

        var collection = api.MapGroup(CollectionPath);
        collection.MapDelete("", async (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
        {
            await matches.DropAsync(MatchCollectionIdOf(owner, matchCollection), ct);
            return RenderResults.Done();
        });
        collection.MapPut("/matches", async (string owner, string matchCollection, HttpRequest request, MatchService matches, CancellationToken ct) =>
        {
            await matches.SaveAsync(MatchCollectionIdOf(owner, matchCollection), await request.ReadJsonAsync<List<CanvasMatches?>>(ct), ct);
            return RenderResults.Created();
        });
        collection.MapPut("/collectionId", async (string owner, string matchCollection, HttpRequest request, MatchService matches, CancellationToken ct) =>
        {
            await matches.RenameAsync(MatchCollectionIdOf(owner, matchCollection), await request.ReadJsonAsync<MatchCollectionId>(ct), ct);
            return RenderResults.Done();
        });
        MapGroupIds(collection);
        MapQueries(collection);
        MapDeletes(collection);
        collection.MapGet("/pGroup/{pGroupId}/matchCounts", (string owner, string matchCollection, string pGroupId, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.WithPGroup(pGroupId), null, matches, ct, excludeMatchDetails: true));
        collection.MapPut("/pGroup/{pGroupId}/matchCounts", async (string owner, string matchCollection, string pGroupId, MatchService matches, CancellationToken ct) =>
        {
            await matches.UpdateMatchCountsAsync(MatchCollectionIdOf(owner, matchCollection), pGroupId, ct);
            return RenderResults.Created();
        });
    }

    private static void MapGroupIds(RouteGroupBuilder collection)
    {
        collection.MapGet("/pGroupIds", (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
            GroupIdsAsync(owner, matchCollection, MatchGroupIdScope.PGroups, matches, ct));
        collection.MapGet("/qGroupIds", (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
            GroupIdsAsync(owner, matchCollection, MatchGroupIdScope.QGroups, matches, ct));
        collection.MapGet("/groupIds", (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
            GroupIdsAsync(owner, matchCollection, MatchGroupIdScope.AllGroups, matches, ct));
        collection.MapGet("/multiConsensusPGroupIds", (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
            GroupIdsAsync(owner, matchCollection, MatchGroupIdScope.ConsensusPGroups, matches, ct));
        collection.MapGet("/multiConsensusGroupIds", (string owner, string matchCollection, MatchService matches, CancellationToken ct) =>
            GroupIdsAsync(owner, matchCollection, MatchGroupIdScope.ConsensusGroups, matches, ct));
    }

    private static void MapQueries(RouteGroupBuilder collection)
    {
        collection.MapGet("/pGroup/{pGroupId}/matches", (string owner, string matchCollection, string pGroupId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.WithPGroup(pGroupId), request, matches, ct));
        collection.MapGet("/group/{groupId}/matchesWithinGroup", (string owner, string matchCollection, string groupId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.WithinGroup(groupId), request, matches, ct));
        collection.MapGet("/group/{groupId}/matchesOutsideGroup", (string owner, string matchCollection, string groupId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.OutsideGroup(groupId), request, matches, ct));
        collection.MapGet("/group/{pGroupId}/matchesWith/{qGroupId}", (string owner, string matchCollection, string pGroupId, string qGroupId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchNormalization.BetweenGroups(pGroupId, qGroupId), request, matches, ct));
        collection.MapGet("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}/id/{qId}", (string owner, string matchCollection, string pGroupId, string pId, string qGroupId, string qId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchNormalization.BetweenCanvases(pGroupId, pId, qGroupId, qId), request, matches, ct, excludeMatchDetails: false));
        collection.MapGet("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}", (string owner, string matchCollection, string pGroupId, string pId, string qGroupId, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.CanvasWithGroup(pGroupId, pId, qGroupId), request, matches, ct));
        collection.MapGet("/group/{groupId}/id/{id}", (string owner, string matchCollection, string groupId, string id, HttpRequest request, MatchService matches, CancellationToken ct) =>
            FindAsync(owner, matchCollection, MatchQuery.InvolvingCanvas(groupId, id), request, matches, ct, excludeMatchDetails: false));
    }

    private static void MapDeletes(RouteGroupBuilder collection)
    {
        collection.MapDelete("/group/{groupId}/id/{id}", (string owner, string matchCollection, string groupId, string id, MatchService matches, CancellationToken ct) =>
            DeleteAsync(owner, matchCollection, MatchQuery.InvolvingCanvas(groupId, id), matches, ct));
        collection.MapDelete("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}/id/{qId}", (string owner, string matchCollection, string pGroupId, string pId, string qGroupId, string qId, MatchService matches, CancellationToken ct) =>
            DeleteAsync(owner, matchCollection, MatchNormalization.BetweenCanvases(pGroupId, pId, qGroupId, qId), matches, ct));
        collection.MapDelete("/group/{pGroupId}/matchesWith/{qGroupId}", (string owner, string matchCollection, string pGroupId, string qGroupId, MatchService matches, CancellationToken ct) =>
            DeleteAsync(owner, matchCollection, MatchNormalization.BetweenGroups(pGroupId, qGroupId), matches, ct));
        collection.MapDelete("/pGroup/{pGroupId}/matches", (string owner, string matchCollection, string pGroupId, MatchService matches, CancellationToken ct) =>
            DeleteAsync(owner, matchCollection, MatchQuery.WithPGroup(pGroupId), matches, ct));
        collection.MapDelete("/group/{groupId}/matchesOutsideGroup", (string owner, string matchCollection, string groupId, MatchService matches, CancellationToken ct) =>
            DeleteAsync(owner, matchCollection, MatchQuery.OutsideGroup(groupId), matches, ct));
    }

    private static async Task<IResult> GroupIdsAsync(string owner, string matchCollection, MatchGroupIdScope scope, MatchService matches, CancellationToken ct) =>
        RenderResults.Json(await matches.GetGroupIdsAsync(MatchCollectionIdOf(owner, matchCollection), scope, ct));

    /// <summary>
    /// A streamed pair query. <c>mergeCollection</c> applies when there is a request; a fixed
    /// <paramref name="excludeMatchDetails"/> is for routes that do not read the query parameter.
    /// </summary>
    private static async Task<IResult> FindAsync(
        string owner, string matchCollection, MatchQuery query, HttpRequest? request, MatchService matches, CancellationToken ct, bool? excludeMatchDetails = null)
    {
        var merge = request?.MergeCollections(owner) ?? [];
        var exclude = excludeMatchDetails ?? request?.QueryBool("excludeMatchDetails") == true;
        return RenderResults.JsonArray(await matches.FindAsync(MatchCollectionIdOf(owner, matchCollection), merge, query, exclude, ct));
    }

    private static async Task<IResult> DeleteAsync(string owner, string matchCollection, MatchQuery query, MatchService matches, CancellationToken ct)
    {
        await matches.DeleteAsync(MatchCollectionIdOf(owner, matchCollection), query, ct);
        return RenderResults.Done();
    }
}
