namespace Render.Matching.Matching;

/// <summary>
/// render's MatchDerivationParameters with its defaults: the ratio test and the geometric filter.
/// </summary>
/// <param name="Rod">Ratio of distances: a feature matches its nearest neighbour only when nearest / second nearest &lt; this (render's <c>--matchRod</c>, default 0.92).</param>
/// <param name="ModelType">The model RANSAC fits (<c>--matchModelType</c>, default AFFINE).</param>
/// <param name="Iterations">RANSAC iterations (<c>--matchIterations</c>, default 1000).</param>
/// <param name="MaxEpsilonFullScale">The largest transfer error of an inlier in full-scale pixels (<c>--matchMaxEpsilonFullScale</c>; render has no default, 20 is what its examples use).</param>
/// <param name="MinInlierRatio">A consensus needs more than this share of the candidates (<c>--matchMinInlierRatio</c>, default 0).</param>
/// <param name="MinNumInliers">A consensus needs at least this many inliers (<c>--matchMinNumInliers</c>, default 4).</param>
/// <param name="MaxNumInliers">Keep at most this many inliers, drawn at random (seeded), or null (<c>--matchMaxNumInliers</c>).</param>
/// <param name="MaxTrust">After RANSAC, drop inliers whose error exceeds this × the median error, refitting until none is dropped (<c>--matchMaxTrust</c>, default 3).</param>
/// <param name="Filter">How to filter (<c>--matchFilter</c>, default SINGLE_SET).</param>
public sealed record MatchOptions(
    float Rod = 0.92f,
    MatchModelType ModelType = MatchModelType.Affine,
    int Iterations = 1000,
    float MaxEpsilonFullScale = 20f,
    float MinInlierRatio = 0f,
    int MinNumInliers = 4,
    int? MaxNumInliers = null,
    double MaxTrust = 3.0,
    MatchFilterType Filter = MatchFilterType.SingleSet)
{
    /// <summary>render's <c>getMatchMaxEpsilonForRenderScale</c>: the full-scale epsilon times the scale, in floats.</summary>
    public float MaxEpsilonForRenderScale(double renderScale) => MaxEpsilonFullScale * (float)renderScale;

    /// <summary>Throws for values render cannot work with.</summary>
    /// <exception cref="ArgumentException">A ratio outside (0, 1], no iterations, a negative or non-finite epsilon, ratio or trust, a negative count.</exception>
    public void Validate()
    {
        Require(Rod > 0 && Rod <= 1, $"matchRod must be in (0, 1], got {Rod}");
        Require(Iterations > 0, $"matchIterations must be positive, got {Iterations}");
        Require(float.IsFinite(MaxEpsilonFullScale) && MaxEpsilonFullScale > 0, $"matchMaxEpsilon must be a positive number of pixels, got {MaxEpsilonFullScale}");
        Require(float.IsFinite(MinInlierRatio) && MinInlierRatio >= 0 && MinInlierRatio < 1, $"matchMinInlierRatio must be in [0, 1), got {MinInlierRatio}");
        Require(MinNumInliers >= 0, $"matchMinNumInliers must not be negative, got {MinNumInliers}");
        Require(MaxNumInliers is null or >= 0, $"matchMaxNumInliers must not be negative, got {MaxNumInliers}");
        Require(double.IsFinite(MaxTrust) && MaxTrust > 0, $"matchMaxTrust must be a positive number, got {MaxTrust}");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
