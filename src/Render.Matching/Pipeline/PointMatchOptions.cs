using Render.Matching.Features;
using Render.Matching.Matching;

namespace Render.Matching.Pipeline;

/// <summary>Everything a point-match run needs besides its pairs (render's PointMatchClient options).</summary>
/// <param name="RenderScale">Canvases are rendered at this scale (render's <c>--renderScale</c>, default 1); matches are stored at full scale.</param>
/// <param name="Sift">Feature extraction (render's <c>--SIFT*</c> options).</param>
/// <param name="Match">Ratio test and geometric filter (render's <c>--match*</c> options).</param>
/// <param name="Naming">How canvases without ids are named.</param>
/// <param name="MaxDegreeOfParallelism">Pairs worked on at once (default: the processor count).</param>
/// <param name="FeatureCacheBytes">Features kept for canvases still to be paired, at most this many bytes (default 1 GiB); features no remaining pair needs are dropped at once.</param>
public sealed record PointMatchOptions(
    double RenderScale = 1.0,
    SiftOptions? Sift = null,
    MatchOptions? Match = null,
    CanvasNaming? Naming = null,
    int MaxDegreeOfParallelism = -1,
    long FeatureCacheBytes = 1L << 30)
{
    /// <summary>Feature extraction options.</summary>
    public SiftOptions Sift { get; init; } = Sift ?? new SiftOptions();

    /// <summary>Matching options.</summary>
    public MatchOptions Match { get; init; } = Match ?? new MatchOptions();

    /// <summary>Canvas naming.</summary>
    public CanvasNaming Naming { get; init; } = Naming ?? new CanvasNaming();

    internal int Threads => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>Throws for invalid options.</summary>
    /// <exception cref="ArgumentException">A scale that is not a positive number, or invalid SIFT or match options.</exception>
    public void Validate()
    {
        if (!(RenderScale > 0) || !double.IsFinite(RenderScale))
        {
            throw new ArgumentException($"renderScale must be a positive number, got {RenderScale}");
        }

        Sift.Validate();
        Match.Validate();
    }
}
