using Render.Model.PointMatches;
using Render.Storage;

namespace Render.Server.Routes;

/// <summary>
/// render's <c>{M}</c>, <c>/owner/{owner}/matchCollection/{matchCollection}</c>: a point-match
/// collection, and the query values of its pair queries. Routes below a collection extend it with
/// the pairs their path selects.
/// </summary>
internal record CollectionRoute(string Owner, string MatchCollection, HttpRequest Request)
{
    /// <summary>The collection id, checked against render's name rules (400 otherwise).</summary>
    public MatchCollectionId CollectionId => JavaParameters.MatchCollectionIdOf(Owner, MatchCollection);

    /// <summary>The repeated <c>mergeCollection</c> query values, collections of the same owner.</summary>
    public IReadOnlyList<MatchCollectionId> MergeCollections => Request.MergeCollections(Owner);

    /// <summary>The <c>excludeMatchDetails</c> query value (absent is false).</summary>
    public bool ExcludeMatchDetails => Request.QueryBool("excludeMatchDetails") == true;

    /// <summary>Which group ids a <c>{M}/pGroupIds</c>, <c>qGroupIds</c>, <c>groupIds</c>, <c>multiConsensusPGroupIds</c> or <c>multiConsensusGroupIds</c> path lists (paths match in any case).</summary>
    public MatchGroupIdScope GroupIdScope => Path.GetFileName(Request.Path.Value)?.ToUpperInvariant() switch
    {
        "PGROUPIDS" => MatchGroupIdScope.PGroups,
        "QGROUPIDS" => MatchGroupIdScope.QGroups,
        "MULTICONSENSUSPGROUPIDS" => MatchGroupIdScope.ConsensusPGroups,
        "MULTICONSENSUSGROUPIDS" => MatchGroupIdScope.ConsensusGroups,
        _ => MatchGroupIdScope.AllGroups,
    };
}
