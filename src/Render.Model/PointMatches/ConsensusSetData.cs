namespace Render.Model.PointMatches;

/// <summary>Which consensus set of a multi-consensus pair a match pair is, and its original ids.</summary>
/// <param name="Index">The index of the set.</param>
/// <param name="OriginalPId">The p id before the set suffix was added.</param>
/// <param name="OriginalQId">The q id before the set suffix was added.</param>
public sealed record ConsensusSetData(
    int? Index = null,
    string? OriginalPId = null,
    string? OriginalQId = null);
