using Render.Model.PointMatches;

namespace Render.Client;

/// <content>
/// Point-match pair queries. Match lists can be large, so each is streamed: pairs are yielded as
/// they are read from the answer, and the request is sent when enumeration starts.
/// </content>
public sealed partial class MatchesClient
{
    /// <summary>The pairs with both canvases in <paramref name="groupId"/>.</summary>
    public IAsyncEnumerable<CanvasMatches> GetWithinGroupAsync(
        MatchCollectionId collectionId, string groupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("matchesWithinGroup"), options, cancellationToken);

    /// <summary>The pairs with p in <paramref name="groupId"/> and q in another group.</summary>
    public IAsyncEnumerable<CanvasMatches> GetOutsideGroupAsync(
        MatchCollectionId collectionId, string groupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("matchesOutsideGroup"), options, cancellationToken);

    /// <summary>The pairs between two groups, either way round.</summary>
    public IAsyncEnumerable<CanvasMatches> GetBetweenGroupsAsync(
        MatchCollectionId collectionId, string pGroupId, string qGroupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(
            RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("matchesWith").Value(qGroupId), options, cancellationToken);

    /// <summary>The pair between two canvases, either way round (render-python's <c>get_matches_from_tile_to_tile</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetBetweenCanvasesAsync(
        MatchCollectionId collectionId, string pGroupId, string pId, string qGroupId, string qId,
        MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(CanvasPair(collectionId, pGroupId, pId, qGroupId, qId), options, cancellationToken);

    /// <summary>The pairs whose p group is <paramref name="pGroupId"/> (render-python's <c>get_matches_with_group</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetWithPGroupAsync(
        MatchCollectionId collectionId, string pGroupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("pGroup").Value(pGroupId).Literal("matches"), options, cancellationToken);

    /// <summary>The pairs involving one canvas as p or q (render-python's <c>get_matches_involving_tile</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetInvolvingCanvasAsync(
        MatchCollectionId collectionId, string groupId, string id, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("id").Value(id), options, cancellationToken);

    /// <summary>
    /// The pairs whose p group is <paramref name="pGroupId"/> with their match counts but without
    /// the point lists (render-ws's <c>pGroup/{pGroupId}/matchCounts</c>).
    /// </summary>
    public IAsyncEnumerable<CanvasMatches> GetCountsWithPGroupAsync(
        MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("pGroup").Value(pGroupId).Literal("matchCounts"), null, cancellationToken);

    private IAsyncEnumerable<CanvasMatches> StreamMatchesAsync(RequestPath path, MatchReadOptions? options, CancellationToken cancellationToken) =>
        _transport.StreamJsonArrayAsync<CanvasMatches>(options is null ? path : options.AppendTo(path), cancellationToken);
}
