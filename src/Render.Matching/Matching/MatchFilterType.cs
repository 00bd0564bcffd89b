namespace Render.Matching.Matching;

/// <summary>How candidate matches are filtered (render's MatchFilter.FilterType).</summary>
public enum MatchFilterType
{
    /// <summary>Keep every candidate.</summary>
    None,

    /// <summary>One RANSAC consensus set, then render's trust filter (the default).</summary>
    SingleSet,

    /// <summary>Consensus sets found one after another until none is left; each is stored as its own pair.</summary>
    ConsensusSets,

    /// <summary>As <see cref="ConsensusSets"/>, with the sets stored together as one pair.</summary>
    AggregatedConsensusSets,
}
