namespace Render.Matching.Pipeline;

/// <summary>Progress of a run: pairs done out of all, and the pair just done.</summary>
/// <param name="Completed">Pairs done (matched, empty or failed).</param>
/// <param name="Total">Pairs in the run.</param>
/// <param name="Failed">Pairs that failed so far.</param>
/// <param name="Last">The pair just done.</param>
public sealed record PointMatchProgress(int Completed, int Total, int Failed, PairOutcome Last);
