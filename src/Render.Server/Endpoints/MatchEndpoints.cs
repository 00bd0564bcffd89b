using Render.Model.PointMatches;

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
        api.MapGet("/matchCollectionOwners", GetOwnersAsync);
        api.MapGet("/owner/{owner}/matchCollections", GetCollectionsAsync);

        var collection = api.MapGroup(CollectionPath);
        collection.MapDelete("", DropAsync);
        collection.MapPut("/matches", SaveAsync);
        collection.MapPut("/collectionId", RenameAsync);
        collection.MapGet("/pGroupIds", GetGroupIdsAsync);
        collection.MapGet("/qGroupIds", GetGroupIdsAsync);
        collection.MapGet("/groupIds", GetGroupIdsAsync);
        collection.MapGet("/multiConsensusPGroupIds", GetGroupIdsAsync);
        collection.MapGet("/multiConsensusGroupIds", GetGroupIdsAsync);

        collection.MapGet("/pGroup/{pGroupId}/matches", FindWithPGroupAsync);
        collection.MapGet("/group/{groupId}/matchesWithinGroup", FindWithinGroupAsync);
        collection.MapGet("/group/{groupId}/matchesOutsideGroup", FindOutsideGroupAsync);
        collection.MapGet("/group/{pGroupId}/matchesWith/{qGroupId}", FindBetweenGroupsAsync);
        collection.MapGet("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}/id/{qId}", FindBetweenCanvasesAsync);
        collection.MapGet("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}", FindCanvasWithGroupAsync);
        collection.MapGet("/group/{groupId}/id/{id}", FindInvolvingCanvasAsync);

        collection.MapDelete("/group/{groupId}/id/{id}", DeleteInvolvingCanvasAsync);
        collection.MapDelete("/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}/id/{qId}", DeleteBetweenCanvasesAsync);
        collection.MapDelete("/group/{pGroupId}/matchesWith/{qGroupId}", DeleteBetweenGroupsAsync);
        collection.MapDelete("/pGroup/{pGroupId}/matches", DeleteWithPGroupAsync);
        collection.MapDelete("/group/{groupId}/matchesOutsideGroup", DeleteOutsideGroupAsync);

        collection.MapGet("/pGroup/{pGroupId}/matchCounts", GetMatchCountsAsync);
        collection.MapPut("/pGroup/{pGroupId}/matchCounts", UpdateMatchCountsAsync);
    }

    private static async Task<JsonArrayResult<string>> GetOwnersAsync(MatchService matches, CancellationToken ct) =>
        RenderResults.Json(await matches.GetOwnersAsync(ct));

    private static async Task<JsonArrayResult<MatchCollectionMetaData>> GetCollectionsAsync([AsParameters] OwnerRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.Json(await matches.GetCollectionsAsync(route.Owner, ct));

    private static Task<Ok> DropAsync([AsParameters] CollectionRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DropAsync(route.CollectionId, ct));

    private static Task<CreatedAtRequestResult> SaveAsync([AsParameters] CollectionRoute route, JsonBody<List<CanvasMatches?>> pairs, MatchService matches, CancellationToken ct) =>
        RenderResults.CreatedAsync(matches.SaveAsync(route.CollectionId, pairs.Value, ct));

    private static Task<Ok> RenameAsync([AsParameters] CollectionRoute route, JsonBody<MatchCollectionId> toId, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.RenameAsync(route.CollectionId, toId.Value, ct));

    /// <summary>The five group id listings differ only in which group ids their path names.</summary>
    private static async Task<JsonArrayResult<string>> GetGroupIdsAsync([AsParameters] CollectionRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.Json(await matches.GetGroupIdsAsync(route.CollectionId, route.GroupIdScope, ct));

    private static async Task<JsonArrayResult<CanvasMatches>> FindWithPGroupAsync([AsParameters] PGroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.Pairs, route.ExcludeMatchDetails, ct));

    private static async Task<JsonArrayResult<CanvasMatches>> FindWithinGroupAsync([AsParameters] GroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.PairsWithin, route.ExcludeMatchDetails, ct));

    private static async Task<JsonArrayResult<CanvasMatches>> FindOutsideGroupAsync([AsParameters] GroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.PairsOutside, route.ExcludeMatchDetails, ct));

    private static async Task<JsonArrayResult<CanvasMatches>> FindBetweenGroupsAsync([AsParameters] GroupPairRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.Pairs, route.ExcludeMatchDetails, ct));

    /// <summary>One pair: its details are always included.</summary>
    private static async Task<JsonArrayResult<CanvasMatches>> FindBetweenCanvasesAsync([AsParameters] CanvasPairRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.Pair, excludeMatchDetails: false, ct));

    private static async Task<JsonArrayResult<CanvasMatches>> FindCanvasWithGroupAsync([AsParameters] CanvasGroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.Pairs, route.ExcludeMatchDetails, ct));

    /// <summary>A canvas's pairs: their details are always included.</summary>
    private static async Task<JsonArrayResult<CanvasMatches>> FindInvolvingCanvasAsync([AsParameters] CanvasRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, route.MergeCollections, route.Pairs, excludeMatchDetails: false, ct));

    private static Task<Ok> DeleteInvolvingCanvasAsync([AsParameters] CanvasRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DeleteAsync(route.CollectionId, route.Pairs, ct));

    private static Task<Ok> DeleteBetweenCanvasesAsync([AsParameters] CanvasPairRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DeleteAsync(route.CollectionId, route.Pair, ct));

    private static Task<Ok> DeleteBetweenGroupsAsync([AsParameters] GroupPairRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DeleteAsync(route.CollectionId, route.Pairs, ct));

    private static Task<Ok> DeleteWithPGroupAsync([AsParameters] PGroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DeleteAsync(route.CollectionId, route.Pairs, ct));

    private static Task<Ok> DeleteOutsideGroupAsync([AsParameters] GroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.DoneAsync(matches.DeleteAsync(route.CollectionId, route.PairsOutside, ct));

    /// <summary>The pairs of a p group with their match counts only (no mergeCollection, as in render).</summary>
    private static async Task<JsonArrayResult<CanvasMatches>> GetMatchCountsAsync([AsParameters] PGroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.JsonArray(await matches.FindAsync(route.CollectionId, [], route.Pairs, excludeMatchDetails: true, ct));

    private static Task<CreatedAtRequestResult> UpdateMatchCountsAsync([AsParameters] PGroupRoute route, MatchService matches, CancellationToken ct) =>
        RenderResults.CreatedAsync(matches.UpdateMatchCountsAsync(route.CollectionId, route.PGroupId, ct));
}
