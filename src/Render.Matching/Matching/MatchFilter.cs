namespace Render.Matching.Matching;

/// <summary>
/// render's MatchFilter: candidate matches to consensus sets. SINGLE_SET runs filterRansac with the
/// configured trust; the consensus-set filters run it (with mpicbg's default trust of 4, as render
/// does) again and again on what is left until no model is found. Each set then loses everything
/// when smaller than <see cref="MatchOptions.MinNumInliers"/> and is cut to
/// <see cref="MatchOptions.MaxNumInliers"/> by a seeded shuffle (render's is unseeded).
/// </summary>
public sealed class MatchFilter
{
    /// <summary>mpicbg's seed for RANSAC sampling; each filtering starts from it, so results do not depend on order or threads.</summary>
    public const int RandomSeed = 69997;

    /// <summary>mpicbg's trust for filterRansac without one, which render's consensus-set filters use.</summary>
    private const double DefaultTrust = 4.0;

    private readonly MatchOptions _options;
    private readonly float _epsilon;

    /// <summary>Creates the filter for canvases rendered at <paramref name="renderScale"/>.</summary>
    /// <exception cref="ArgumentException">Invalid options or scale.</exception>
    public MatchFilter(MatchOptions options, double renderScale)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        if (!(renderScale > 0) || !double.IsFinite(renderScale))
        {
            throw new ArgumentException($"renderScale must be a positive number, got {renderScale}");
        }

        _epsilon = options.MaxEpsilonForRenderScale(renderScale);
    }

    /// <summary>The consensus sets of <paramref name="candidates"/> (render's buildMatchResult).</summary>
    public CanvasMatchResult Filter(PointMatchSet candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var all = Enumerable.Range(0, candidates.Count).ToList();
        var random = new Random(RandomSeed);
        var fitter = new ModelFitter(_options.ModelType, candidates);
        var ransac = new Ransac(fitter, random);
        List<List<int>> sets = _options.Filter switch
        {
            MatchFilterType.None => [all],
            MatchFilterType.SingleSet => [PostProcess(SingleSet(ransac, all), random)],
            _ => [.. ConsensusSets(ransac, all).Select(set => PostProcess(set, random)).Where(set => set.Count > 0)],
        };

        if (_options.Filter == MatchFilterType.AggregatedConsensusSets)
        {
            sets = [[.. sets.SelectMany(set => set)]];
        }

        return new CanvasMatchResult(candidates, sets);
    }

    private List<int> SingleSet(Ransac ransac, List<int> candidates)
    {
        var inliers = new List<int>();
        if (candidates.Count > 0)
        {
            ransac.FilterRansac(candidates, inliers, _options.Iterations, _epsilon, _options.MinInlierRatio, _options.MinNumInliers, _options.MaxTrust);
        }

        return inliers;
    }

    private List<List<int>> ConsensusSets(Ransac ransac, List<int> candidates)
    {
        var sets = new List<List<int>>();
        var remaining = new List<int>(candidates);
        while (true)
        {
            var inliers = new List<int>();
            if (ransac.FilterRansac(remaining, inliers, _options.Iterations, _epsilon, _options.MinInlierRatio, _options.MinNumInliers, DefaultTrust) != true)
            {
                return sets;
            }

            sets.Add(inliers);
            var taken = inliers.ToHashSet();
            remaining.RemoveAll(taken.Contains);
        }
    }

    /// <summary>render's postProcessInliers.</summary>
    private List<int> PostProcess(List<int> inliers, Random random)
    {
        if (inliers.Count > 0 && inliers.Count < _options.MinNumInliers)
        {
            inliers.Clear();
        }

        if (_options.MaxNumInliers is > 0 and var max && inliers.Count > max)
        {
            var shuffled = inliers.ToArray();
            random.Shuffle(shuffled);
            return [.. shuffled.Take(max)];
        }

        return inliers;
    }
}
