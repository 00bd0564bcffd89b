namespace Render.Model.PointMatches;

/// <summary>
/// The point matches between two canvases (tiles): p in canvas (pGroupId, pId), q in canvas
/// (qGroupId, qId). Groups are conventionally section ids and ids tile ids.
/// </summary>
/// <param name="PGroupId">The group of the p canvas.</param>
/// <param name="PId">The p canvas.</param>
/// <param name="QGroupId">The group of the q canvas.</param>
/// <param name="QId">The q canvas.</param>
/// <param name="ConsensusSetData">Set for the pairs of a multi-consensus split, or null.</param>
/// <param name="Matches">The matched points and weights.</param>
/// <param name="MatchCount">The number of matches (set when saved), or null.</param>
public sealed record CanvasMatches(
    string? PGroupId = null,
    string? PId = null,
    string? QGroupId = null,
    string? QId = null,
    ConsensusSetData? ConsensusSetData = null,
    Matches? Matches = null,
    int? MatchCount = null);
