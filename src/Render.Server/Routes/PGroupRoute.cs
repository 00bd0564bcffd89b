using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{M}/pGroup/{pGroupId}</c>: the pairs whose first canvas is in a group.</summary>
internal sealed record PGroupRoute(string Owner, string MatchCollection, string PGroupId, HttpRequest Request)
    : CollectionRoute(Owner, MatchCollection, Request)
{
    /// <summary>The pairs.</summary>
    public MatchQuery Pairs => MatchQuery.WithPGroup(PGroupId);
}
