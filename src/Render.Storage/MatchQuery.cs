namespace Render.Storage;

/// <summary>
/// Which pairs of a match collection a read or a delete is about: one of render's query shapes.
/// Pair shapes (<see cref="BetweenGroups"/>, <see cref="BetweenCanvases"/>) match stored pairs as
/// they are, so callers pass them normalised (p before q) as render does.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="GroupId">The (first) group.</param>
/// <param name="Id">The canvas in <paramref name="GroupId"/>, for canvas shapes.</param>
/// <param name="OtherGroupId">The second group, for pair and canvas-with-group shapes.</param>
/// <param name="OtherId">The canvas in <paramref name="OtherGroupId"/>, for <see cref="MatchQueryKind.BetweenCanvases"/>.</param>
public sealed record MatchQuery(MatchQueryKind Kind, string GroupId, string? Id = null, string? OtherGroupId = null, string? OtherId = null)
{
    /// <summary>Pairs whose pGroupId is <paramref name="pGroupId"/>.</summary>
    public static MatchQuery WithPGroup(string pGroupId) => new(MatchQueryKind.WithPGroup, pGroupId);

    /// <summary>Pairs with both canvases in <paramref name="groupId"/>.</summary>
    public static MatchQuery WithinGroup(string groupId) => new(MatchQueryKind.WithinGroup, groupId);

    /// <summary>Pairs with exactly one canvas in <paramref name="groupId"/>.</summary>
    public static MatchQuery OutsideGroup(string groupId) => new(MatchQueryKind.OutsideGroup, groupId);

    /// <summary>Pairs with pGroupId <paramref name="pGroupId"/> and qGroupId <paramref name="qGroupId"/>.</summary>
    public static MatchQuery BetweenGroups(string pGroupId, string qGroupId) =>
        new(MatchQueryKind.BetweenGroups, pGroupId, OtherGroupId: qGroupId);

    /// <summary>The one pair (pGroupId, pId, qGroupId, qId).</summary>
    public static MatchQuery BetweenCanvases(string pGroupId, string pId, string qGroupId, string qId) =>
        new(MatchQueryKind.BetweenCanvases, pGroupId, pId, qGroupId, qId);

    /// <summary>Pairs of canvas (<paramref name="groupId"/>, <paramref name="id"/>) with canvases of <paramref name="otherGroupId"/>, either side.</summary>
    public static MatchQuery CanvasWithGroup(string groupId, string id, string otherGroupId) =>
        new(MatchQueryKind.CanvasWithGroup, groupId, id, otherGroupId);

    /// <summary>Pairs with canvas (<paramref name="groupId"/>, <paramref name="id"/>) on either side.</summary>
    public static MatchQuery InvolvingCanvas(string groupId, string id) => new(MatchQueryKind.InvolvingCanvas, groupId, id);
}
