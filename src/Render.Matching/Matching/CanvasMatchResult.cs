using Render.Model.PointMatches;

namespace Render.Matching.Matching;

/// <summary>
/// What filtering gave for one canvas pair (render's CanvasMatchResult): the consensus sets of
/// candidate indexes, in the order found, and their conversion to stored matches.
/// </summary>
public sealed class CanvasMatchResult
{
    internal CanvasMatchResult(PointMatchSet candidates, IReadOnlyList<IReadOnlyList<int>> sets)
    {
        Candidates = candidates;
        ConsensusSets = sets;
    }

    /// <summary>The candidates (canvas pixels).</summary>
    public PointMatchSet Candidates { get; }

    /// <summary>The consensus sets: indexes into <see cref="Candidates"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ConsensusSets { get; }

    /// <summary>The number of inliers over all sets.</summary>
    public int InlierCount => ConsensusSets.Sum(set => set.Count);

    /// <summary>Inliers / candidates (0 without candidates).</summary>
    public double InlierRatio => Candidates.Count > 0 ? InlierCount / (double)Candidates.Count : 0;

    /// <summary>
    /// The inliers as render stores them: full-scale canvas coordinates (canvas pixels divided by
    /// <paramref name="renderScale"/>, plus each canvas's clip offsets), weight 1. One pair for a single
    /// set; with several sets one pair per set with render's consensus-set data and <c>_set_</c> ids.
    /// Empty when there are no inliers.
    /// </summary>
    public IReadOnlyList<CanvasMatches> ToCanvasMatches(CanvasId p, CanvasId q, double renderScale, (double X, double Y) pOffsets = default, (double X, double Y) qOffsets = default)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (InlierCount == 0)
        {
            return [];
        }

        if (ConsensusSets.Count == 1)
        {
            return [new CanvasMatches(p.GroupId, p.Id, q.GroupId, q.Id, Matches: ToMatches(ConsensusSets[0], renderScale, pOffsets, qOffsets))];
        }

        return [.. ConsensusSets.Select((set, index) =>
        {
            var suffix = $"_set_{p.GroupId}_{q.GroupId}_{index}";
            return new CanvasMatches(p.GroupId, p.Id + suffix, q.GroupId, q.Id + suffix, new ConsensusSetData(index, p.Id, q.Id), ToMatches(set, renderScale, pOffsets, qOffsets));
        })];
    }

    private Matches ToMatches(IReadOnlyList<int> set, double renderScale, (double X, double Y) pOffsets, (double X, double Y) qOffsets)
    {
        double[] px = new double[set.Count], py = new double[set.Count], qx = new double[set.Count], qy = new double[set.Count];
        for (var i = 0; i < set.Count; i++)
        {
            var k = set[i];
            px[i] = FullScale(Candidates.Px[k], renderScale) + pOffsets.X;
            py[i] = FullScale(Candidates.Py[k], renderScale) + pOffsets.Y;
            qx[i] = FullScale(Candidates.Qx[k], renderScale) + qOffsets.X;
            qy[i] = FullScale(Candidates.Qy[k], renderScale) + qOffsets.Y;
        }

        return new Matches([px, py], [qx, qy], [.. Enumerable.Repeat(1.0, set.Count)]);
    }

    /// <summary>render divides by the scale only when it is not 1.</summary>
    private static double FullScale(double value, double renderScale) => renderScale == 1.0 ? value : value / renderScale;
}
