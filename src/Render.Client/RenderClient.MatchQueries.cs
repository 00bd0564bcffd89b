using Render.Model.PointMatches;

namespace Render.Client;

/// <summary>
/// Point-match pair queries. Match lists can be large, so each is streamed: pairs are yielded as
/// they are read from the answer, and the request is sent when enumeration starts.
/// </summary>
public sealed partial class RenderClient
{
    /// <summary>The pairs with both canvases in <paramref name="groupId"/>.</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesWithinGroupAsync(
        MatchCollectionId collectionId, string groupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("matchesWithinGroup"), options, cancellationToken);

    /// <summary>The pairs with p in <paramref name="groupId"/> and q in another group.</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesOutsideGroupAsync(
        MatchCollectionId collectionId, string groupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("matchesOutsideGroup"), options, cancellationToken);

    /// <summary>The pairs between two groups, either way round.</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesBetweenGroupsAsync(
        MatchCollectionId collectionId, string pGroupId, string qGroupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(
            RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("matchesWith").Value(qGroupId), options, cancellationToken);

    /// <summary>The pair between two canvases, either way round (render-python's <c>get_matches_from_tile_to_tile</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesBetweenCanvasesAsync(
        MatchCollectionId collectionId, string pGroupId, string pId, string qGroupId, string qId,
        MatchReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = RequestPath.Collection(collectionId).Literal("group").Value(pGroupId).Literal("id").Value(pId)
            .Literal("matchesWith").Value(qGroupId).Literal("id").Value(qId);
        return StreamMatchesAsync(path, options, cancellationToken);
    }

    /// <summary>The pairs whose p group is <paramref name="pGroupId"/> (render-python's <c>get_matches_with_group</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesWithPGroupAsync(
        MatchCollectionId collectionId, string pGroupId, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("pGroup").Value(pGroupId).Literal("matches"), options, cancellationToken);

    /// <summary>The pairs involving one canvas as p or q (render-python's <c>get_matches_involving_tile</c>).</summary>
    public IAsyncEnumerable<CanvasMatches> GetMatchesInvolvingCanvasAsync(
        MatchCollectionId collectionId, string groupId, string id, MatchReadOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamMatchesAsync(RequestPath.Collection(collectionId).Literal("group").Value(groupId).Literal("id").Value(id), options, cancellationToken);

    private IAsyncEnumerable<CanvasMatches> StreamMatchesAsync(RequestPath path, MatchReadOptions? options, CancellationToken cancellationToken) =>
        StreamJsonArrayAsync<CanvasMatches>(options is null ? path : options.AppendTo(path), cancellationToken);
}
