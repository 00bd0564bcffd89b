using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/group/{pGroupId}/id/{pId}/matchesWith/{qGroupId}/id/{qId}</c>: the pair of two canvases, either way round.</summary>
internal sealed record CanvasPairRoute(string Owner, string MatchCollection, string PGroupId, string PId, string QGroupId, string QId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pair, in stored order.</summary>
    public MatchQuery Pair => MatchNormalization.BetweenCanvases(PGroupId, PId, QGroupId, QId);
}
