using Render.Model.PointMatches;

namespace Render.Client;

/// <summary>
/// Point-match collections (<see cref="RenderClient.Matches"/>): owners, collections, group ids,
/// saves, counts and deletes. The pair queries are in <c>MatchesClient.Queries.cs</c>.
/// </summary>
public sealed partial class MatchesClient
{
    private readonly RenderTransport _transport;

    internal MatchesClient(RenderTransport transport) => _transport = transport;

    /// <summary>The owners of match collections.</summary>
    public Task<List<string>> GetOwnersAsync(CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(RequestPath.Root().Literal("matchCollectionOwners"), cancellationToken);

    /// <summary>The match collections of <paramref name="owner"/> (the connection's owner when null) with their pair counts.</summary>
    public Task<List<MatchCollectionMetaData>> GetCollectionsAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<MatchCollectionMetaData>>(RequestPath.Root().Literal("owner").Value(_transport.OwnerOr(owner)).Literal("matchCollections"), cancellationToken);

    /// <summary>Every group id of the collection, p or q (render-python's <c>get_match_groupIds</c>).</summary>
    public Task<List<string>> GetGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("groupIds"), cancellationToken);

    /// <summary>The group ids that occur as p (render-python's <c>get_match_groupIds_from_only</c>).</summary>
    public Task<List<string>> GetPGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("pGroupIds"), cancellationToken);

    /// <summary>The group ids that occur as q (render-python's <c>get_match_groupIds_to_only</c>).</summary>
    public Task<List<string>> GetQGroupIdsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(RequestPath.Collection(collectionId).Literal("qGroupIds"), cancellationToken);

    /// <summary>
    /// Saves pairs into the collection (created when missing), replacing pairs of the same two
    /// canvases (render-python's <c>import_matches</c>).
    /// </summary>
    public Task SaveAsync(MatchCollectionId collectionId, IReadOnlyList<CanvasMatches> matches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var list = matches as List<CanvasMatches> ?? [.. matches];
        return _transport.SendAsync(HttpMethod.Put, RequestPath.Collection(collectionId).Literal("matches"), RenderTransport.JsonBody(list), cancellationToken);
    }

    /// <summary>Deletes the pairs between two groups, either way round (render-python's <c>delete_point_matches_between_groups</c>).</summary>
    public Task DeleteBetweenGroupsAsync(
        MatchCollectionId collectionId, string pGroupId, string qGroupId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("matchesWith").Value(qGroupId), null, cancellationToken);

    /// <summary>Deletes every pair involving one canvas.</summary>
    public Task DeleteInvolvingCanvasAsync(
        MatchCollectionId collectionId, string groupId, string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("id").Value(id), null, cancellationToken);

    /// <summary>Deletes the whole collection (render-python's <c>delete_collection</c>).</summary>
    public Task DeleteCollectionAsync(MatchCollectionId collectionId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId), null, cancellationToken);

    /// <summary>Deletes the pair between two canvases, either way round (render's <c>deleteMatchPair</c>).</summary>
    public Task DeleteBetweenCanvasesAsync(
        MatchCollectionId collectionId, string pGroupId, string pId, string qGroupId, string qId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, CanvasPair(collectionId, pGroupId, pId, qGroupId, qId), null, cancellationToken);

    /// <summary>Deletes every pair whose p group is <paramref name="pGroupId"/> (render's <c>deleteMatchesWithPGroupId</c>).</summary>
    public Task DeleteWithPGroupAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("pGroup").Value(pGroupId).Literal("matches"), null, cancellationToken);

    /// <summary>Deletes the pairs between <paramref name="groupId"/> and any other group (render's <c>deleteMatchesOutsideGroup</c>).</summary>
    public Task DeleteOutsideGroupAsync(MatchCollectionId collectionId, string groupId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("matchesOutsideGroup"), null, cancellationToken);

    /// <summary>Renames the collection, or moves it to another owner (render's <c>renameMatchCollection</c>).</summary>
    public Task RenameCollectionAsync(MatchCollectionId collectionId, MatchCollectionId newCollectionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newCollectionId);
        return _transport.SendAsync(HttpMethod.Put, RequestPath.Collection(collectionId).Literal("collectionId"), RenderTransport.JsonBody(newCollectionId), cancellationToken);
    }

    /// <summary>
    /// Has the service store each pair's match count for the pairs whose p group is
    /// <paramref name="pGroupId"/> (render's <c>updateMatchCountsForPGroup</c>, for pairs saved
    /// before counts were kept).
    /// </summary>
    public Task UpdateCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Put, RequestPath.Collection(collectionId).Literal("pGroup").Value(pGroupId).Literal("matchCounts"), null, cancellationToken);

    private static RequestPath CanvasPair(MatchCollectionId collectionId, string pGroupId, string pId, string qGroupId, string qId) =>
        RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("id").Value(pId).Literal("matchesWith").Value(qGroupId).Literal("id").Value(qId);
}
