using Render.Geometry.Transforms;

namespace Render.Matching.Matching;

/// <summary>
/// mpicbg's AbstractModel.ransac, filter and filterRansac over the indexes of a match set, with
/// their exact rules: minimal samples of distinct matches, a candidate is an inlier when its error is
/// below epsilon, a consensus is refitted until it stops growing, the cost is 1 − inlier ratio and
/// the first lowest wins; the trust filter then drops matches beyond maxTrust × the median error
/// until none is dropped. The random source is the caller's (mpicbg shares one seeded generator).
/// </summary>
internal sealed class Ransac(ModelFitter fitter, Random random)
{
    /// <summary>mpicbg's filterRansac: null when there are too few candidates for the model (NotEnoughDataPointsException).</summary>
    /// <returns>Whether a model was found and survived the trust filter; <paramref name="inliers"/> holds what mpicbg's list holds then (also on a failed trust filter).</returns>
    public bool? FilterRansac(List<int> candidates, List<int> inliers, int iterations, double epsilon, double minInlierRatio, int minNumInliers, double maxTrust)
    {
        inliers.Clear();
        if (candidates.Count < fitter.MinimumMatches)
        {
            return null;
        }

        var consensus = RansacConsensus(candidates, iterations, epsilon, minInlierRatio, minNumInliers);
        if (consensus.Count == 0)
        {
            return false;
        }

        return consensus.Count < fitter.MinimumMatches ? null : Filter(consensus, inliers, maxTrust, minNumInliers);
    }

    private List<int> RansacConsensus(List<int> candidates, int iterations, double epsilon, double minInlierRatio, int minNumInliers)
    {
        var best = new List<int>();
        var bestCost = double.MaxValue;
        var sample = new List<int>(fitter.MinimumMatches);
        for (var i = 0; i < iterations; i++)
        {
            sample.Clear();
            while (sample.Count < fitter.MinimumMatches)
            {
                var pick = candidates[(int)(random.NextDouble() * candidates.Count)];
                if (!sample.Contains(pick))
                {
                    sample.Add(pick);
                }
            }

            if (fitter.Fit(sample) is not { } model)
            {
                continue;
            }

            var current = new List<int>();
            var good = Test(model, candidates, current, epsilon, minInlierRatio, fitter.MinimumMatches, out var cost);
            var counted = 0;
            var illDefined = false;
            while (good && counted < current.Count)
            {
                counted = current.Count;
                if (fitter.Fit(current) is not { } refitted)
                {
                    illDefined = true;
                    break;
                }

                model = refitted;
                good = Test(model, candidates, current, epsilon, minInlierRatio, minNumInliers, out cost);
            }

            if (!illDefined && good && cost < bestCost && current.Count >= minNumInliers)
            {
                bestCost = cost;
                best = current;
            }
        }

        return best;
    }

    /// <summary>mpicbg's test: inliers below epsilon; the cost is 1 − their share.</summary>
    private bool Test(AffineModel2D model, List<int> candidates, List<int> inliers, double epsilon, double minInlierRatio, int minNumInliers, out double cost)
    {
        inliers.Clear();
        foreach (var k in candidates)
        {
            if (fitter.Distance(model, k) < epsilon)
            {
                inliers.Add(k);
            }
        }

        var ratio = inliers.Count / (double)candidates.Count;
        cost = Math.Max(0.0, Math.Min(1.0, 1.0 - ratio));
        return inliers.Count >= minNumInliers && ratio > minInlierRatio;
    }

    /// <summary>mpicbg's filter: refit and drop matches beyond maxTrust × the median error until none is dropped.</summary>
    private bool Filter(List<int> candidates, List<int> inliers, double maxTrust, int minNumInliers)
    {
        inliers.Clear();
        inliers.AddRange(candidates);
        int counted;
        var errors = new List<double>(candidates.Count);
        do
        {
            List<int> previous = [.. inliers];
            counted = inliers.Count;
            if (fitter.Fit(inliers) is not { } model)
            {
                return false;
            }

            errors.Clear();
            errors.AddRange(previous.Select(k => fitter.Distance(model, k)));
            var threshold = Median(errors) * maxTrust;
            inliers.Clear();
            for (var i = 0; i < previous.Count; i++)
            {
                if (errors[i] <= threshold)
                {
                    inliers.Add(previous[i]);
                }
            }
        }
        while (counted > inliers.Count);

        return counted >= minNumInliers;
    }

    /// <summary>mpicbg's ErrorStatistic median: the middle value, or the mean of the two middle values.</summary>
    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 0 ? (sorted[m - 1] + sorted[m]) / 2.0 : sorted[m];
    }
}
