using Render.Model.PointMatches;

namespace Render.Model.Stacks;

/// <summary>The tier data of a stack in a hierarchical alignment.</summary>
/// <param name="RoughTilesStackId">The rough-aligned stack the tiers are cut from.</param>
/// <param name="ParentTierStackId">The stack of the tier above.</param>
/// <param name="AlignedStackId">The aligned result of this tier.</param>
/// <param name="WarpTilesStackId">The warped tiles of this tier.</param>
/// <param name="Tier">The tier.</param>
/// <param name="TierRow">Row within the tier.</param>
/// <param name="TierColumn">Column within the tier.</param>
/// <param name="TotalTierRowCount">Rows in the tier.</param>
/// <param name="TotalTierColumnCount">Columns in the tier.</param>
/// <param name="Scale">The render scale of the tier.</param>
/// <param name="FullScaleBounds">The full-scale box the tier covers.</param>
/// <param name="MatchCollectionId">Where the tier's matches are stored.</param>
/// <param name="SavedMatchPairCount">How many match pairs were saved.</param>
/// <param name="SplitGroupIds">Group ids split off during matching.</param>
/// <param name="AlignmentQuality">A quality score of the tier's alignment.</param>
public sealed record HierarchicalStack(
    StackId? RoughTilesStackId = null,
    StackId? ParentTierStackId = null,
    StackId? AlignedStackId = null,
    StackId? WarpTilesStackId = null,
    int? Tier = null,
    int? TierRow = null,
    int? TierColumn = null,
    int? TotalTierRowCount = null,
    int? TotalTierColumnCount = null,
    double? Scale = null,
    Bounds? FullScaleBounds = null,
    MatchCollectionId? MatchCollectionId = null,
    long? SavedMatchPairCount = null,
    IReadOnlyList<string>? SplitGroupIds = null,
    double? AlignmentQuality = null);
