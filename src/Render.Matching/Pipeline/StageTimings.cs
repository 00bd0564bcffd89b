namespace Render.Matching.Pipeline;

/// <summary>Time spent in each stage, summed over threads (so on two busy cores about twice the wall time).</summary>
/// <param name="Render">Fetching render parameters and rendering canvases.</param>
/// <param name="Features">SIFT feature extraction.</param>
/// <param name="Matching">Nearest-neighbour search and the ratio test.</param>
/// <param name="Filtering">RANSAC and the trust filter.</param>
public readonly record struct StageTimings(TimeSpan Render, TimeSpan Features, TimeSpan Matching, TimeSpan Filtering)
{
    /// <summary>The sum of two timings.</summary>
    public static StageTimings operator +(StageTimings a, StageTimings b) =>
        new(a.Render + b.Render, a.Features + b.Features, a.Matching + b.Matching, a.Filtering + b.Filtering);

    /// <summary>The sum of two timings.</summary>
    public static StageTimings Add(StageTimings a, StageTimings b) => a + b;
}
