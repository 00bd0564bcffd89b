using Render.Model.PointMatches;

namespace Render.Client;

/// <summary>Point-match collections: owners, collections, group ids, import and deletes.</summary>
public sealed partial class RenderClient
{
    /// <summary>The owners of match collections.</summary>
    public Task<List<string>> GetMatchCollectionOwnersAsync(CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Root().Literal("matchCollectionOwners"), cancellationToken);

    /// <summary>The match collections of <paramref name="owner"/> (the connection's owner when null) with their pair counts.</summary>
    public Task<List<MatchCollectionMetaData>> GetMatchCollectionsAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<MatchCollectionMetaData>>(RequestPath.Root().Literal("owner").Value(OwnerOr(owner)).Literal("matchCollections"), cancellationToken);

    /// <summary>Every group id of the collection, p or q (render-python's <c>get_match_groupIds</c>).</summary>
    public Task<List<string>> GetMatchGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("groupIds"), cancellationToken);

    /// <summary>The group ids that occur as p (render-python's <c>get_match_groupIds_from_only</c>).</summary>
    public Task<List<string>> GetMatchPGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("pGroupIds"), cancellationToken);

    /// <summary>The group ids that occur as q (render-python's <c>get_match_groupIds_to_only</c>).</summary>
    public Task<List<string>> GetMatchQGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("qGroupIds"), cancellationToken);

    /// <summary>
    /// Saves pairs into the collection (created when missing), replacing pairs of the same two
    /// canvases (render-python's <c>import_matches</c>).
    /// </summary>
    public Task SaveMatchesAsync(MatchCollectionId collectionId, IReadOnlyList<CanvasMatches> matches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var list = matches as List<CanvasMatches> ?? [.. matches];
        return SendAsync(HttpMethod.Put, RequestPath.Collection(collectionId).Literal("matches"), JsonBody(list), cancellationToken);
    }

    /// <summary>Deletes the pairs between two groups, either way round (render-python's <c>delete_point_matches_between_groups</c>).</summary>
    public Task DeleteMatchesBetweenGroupsAsync(
        MatchCollectionId collectionId, string pGroupId, string qGroupId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("matchesWith").Value(qGroupId), null, cancellationToken);

    /// <summary>Deletes every pair involving one canvas.</summary>
    public Task DeleteMatchesInvolvingCanvasAsync(
        MatchCollectionId collectionId, string groupId, string id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("id").Value(id), null, cancellationToken);

    /// <summary>Deletes the whole collection (render-python's <c>delete_collection</c>).</summary>
    public Task DeleteMatchCollectionAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId), null, cancellationToken);
}
