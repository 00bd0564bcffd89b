using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}</c>: the pairs of one canvas with the canvases of a group.</summary>
internal sealed record CanvasGroupRoute(string Owner, string MatchCollection, string PGroupId, string PId, string QGroupId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pairs.</summary>
    public MatchQuery Pairs => MatchQuery.CanvasWithGroup(PGroupId, PId, QGroupId);
}
