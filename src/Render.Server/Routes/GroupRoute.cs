using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/group/{groupId}</c>: the pairs within a group, or between it and the others.</summary>
internal sealed record GroupRoute(string Owner, string MatchCollection, string GroupId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pairs with both canvases in the group.</summary>
    public MatchQuery PairsWithin => MatchQuery.WithinGroup(GroupId);

    /// <summary>The pairs with one canvas in the group and one outside.</summary>
    public MatchQuery PairsOutside => MatchQuery.OutsideGroup(GroupId);
}
