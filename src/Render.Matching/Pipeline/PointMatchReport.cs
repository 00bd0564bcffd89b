using Render.Model.PointMatches;

namespace Render.Matching.Pipeline;

/// <summary>The result of a run: every pair's outcome in the order given, the stage times and the wall time.</summary>
/// <param name="Pairs">One outcome per pair, in the run's order.</param>
/// <param name="Timings">Stage times summed over threads.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record PointMatchReport(IReadOnlyList<PairOutcome> Pairs, StageTimings Timings, TimeSpan Elapsed)
{
    /// <summary>All pairs to store, in pair order (deterministic whatever the parallelism).</summary>
    public IReadOnlyList<CanvasMatches> Matches => [.. Pairs.SelectMany(pair => pair.Matches)];

    /// <summary>The failed pairs.</summary>
    public IReadOnlyList<PairOutcome> Failures => [.. Pairs.Where(pair => pair.Failed)];
}
