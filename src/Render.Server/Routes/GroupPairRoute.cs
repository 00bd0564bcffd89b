using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/group/{pGroupId}/matchesWith/{qGroupId}</c>: the pairs between two groups, either way round.</summary>
internal sealed record GroupPairRoute(string Owner, string MatchCollection, string PGroupId, string QGroupId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pairs, in stored order.</summary>
    public MatchQuery Pairs => MatchNormalization.BetweenGroups(PGroupId, QGroupId);
}
