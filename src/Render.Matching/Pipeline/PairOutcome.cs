using Render.Model.PointMatches;

namespace Render.Matching.Pipeline;

/// <summary>
/// What a run did with one pair: its stored matches (none when filtering kept nothing, as render
/// saves no empty pair), counts, or why it failed (a canvas that cannot be rendered is reported
/// here and the run goes on).
/// </summary>
/// <param name="Index">The pair's index in the run.</param>
/// <param name="P">The p canvas id (null when it could not be named).</param>
/// <param name="Q">The q canvas id (null when it could not be named).</param>
/// <param name="Matches">The pairs to store: one, one per consensus set, or none.</param>
/// <param name="PFeatureCount">Features of the p canvas.</param>
/// <param name="QFeatureCount">Features of the q canvas.</param>
/// <param name="CandidateCount">Matches that passed the ratio test.</param>
/// <param name="InlierCount">Matches kept by the filter.</param>
/// <param name="Error">Why the pair failed, or null.</param>
/// <param name="Timings">Time spent on this pair (rendering and features only when this pair was the first to need the canvas).</param>
public sealed record PairOutcome(
    int Index,
    CanvasId? P,
    CanvasId? Q,
    IReadOnlyList<CanvasMatches> Matches,
    int PFeatureCount,
    int QFeatureCount,
    int CandidateCount,
    int InlierCount,
    string? Error,
    StageTimings Timings)
{
    /// <summary>Whether the pair failed.</summary>
    public bool Failed => Error is not null;
}
