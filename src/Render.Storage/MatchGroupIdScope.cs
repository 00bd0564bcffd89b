namespace Render.Storage;

/// <summary>Which group ids of a match collection <see cref="IMatchStore.GetGroupIdsAsync"/> lists.</summary>
public enum MatchGroupIdScope
{
    /// <summary>The pGroupId of every pair.</summary>
    PGroups,

    /// <summary>The qGroupId of every pair.</summary>
    QGroups,

    /// <summary>Both group ids of every pair.</summary>
    AllGroups,

    /// <summary>The pGroupId of pairs that carry consensus-set data (multi-consensus pairs).</summary>
    ConsensusPGroups,

    /// <summary>Both group ids of pairs that carry consensus-set data.</summary>
    ConsensusGroups,
}
