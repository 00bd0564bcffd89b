using OpenCvSharp;
using Render.Matching.Matching;

namespace Render.Matching.Features;

/// <summary>
/// mpicbg's FeatureTransform.matchFeatures: each p feature's nearest q feature by descriptor
/// distance, kept when nearest / second nearest &lt; rod, then every match whose q location is matched
/// more than once is dropped (removeAmbiguousMatches). Nearest neighbours by an exact brute-force
/// search (<see cref="NearestDescriptors"/> for whole-number descriptors, as OpenCV's SIFT makes them,
/// else OpenCV's brute-force L2 matcher).
/// </summary>
public static class FeatureMatcher
{
    /// <summary>The candidate matches p → q, in p's feature order.</summary>
    public static PointMatchSet Match(CanvasFeatures p, CanvasFeatures q, float rod)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Count == 0 || q.Count < 2)
        {
            return new PointMatchSet([], [], [], []);
        }

        var pairs = p.IntegerDescriptors is { } pValues && q.IntegerDescriptors is { } qValues && p.DescriptorLength == q.DescriptorLength
            ? RatioTest(pValues, qValues, p.DescriptorLength, rod)
            : OpenCvRatioTest(p, q, rod);

        // Ambiguous: one q location taken by several p features (also by duplicates at the same spot).
        var uses = pairs.GroupBy(pair => (q.X[pair.Q], q.Y[pair.Q])).ToDictionary(group => group.Key, group => group.Count());
        var kept = pairs.Where(pair => uses[(q.X[pair.Q], q.Y[pair.Q])] == 1).ToList();
        return new PointMatchSet(
            [.. kept.Select(pair => (double)p.X[pair.P])],
            [.. kept.Select(pair => (double)p.Y[pair.P])],
            [.. kept.Select(pair => (double)q.X[pair.Q])],
            [.. kept.Select(pair => (double)q.Y[pair.Q])]);
    }

    internal static List<(int P, int Q)> RatioTest(short[] p, short[] q, int length, float rod)
    {
        var (nearest, best, second) = NearestDescriptors.Search(p, q, length);
        var pairs = new List<(int P, int Q)>();
        for (var i = 0; i < nearest.Length; i++)
        {
            // As OpenCV's matcher reports them: Euclidean distances, compared as a ratio (0 / 0 is no match).
            if (Math.Sqrt(best[i]) / Math.Sqrt(second[i]) < rod)
            {
                pairs.Add((i, nearest[i]));
            }
        }

        return pairs;
    }

    internal static List<(int P, int Q)> OpenCvRatioTest(CanvasFeatures p, CanvasFeatures q, float rod)
    {
        using var pDescriptors = Mat.FromPixelData(p.Count, p.DescriptorLength, MatType.CV_32FC1, p.Descriptors);
        using var qDescriptors = Mat.FromPixelData(q.Count, q.DescriptorLength, MatType.CV_32FC1, q.Descriptors);
        using var matcher = new BFMatcher(NormTypes.L2, false);
        var pairs = new List<(int P, int Q)>();
        foreach (var found in matcher.KnnMatch(pDescriptors, qDescriptors, 2))
        {
            if (found.Length == 2 && found[0].Distance / (double)found[1].Distance < rod)
            {
                pairs.Add((found[0].QueryIdx, found[0].TrainIdx));
            }
        }

        return pairs;
    }
}
