using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// Fitting: render-python's <c>estimate</c> (the default) and TrakEM2's ridge <c>fit</c>. Both normalise
/// each feature by its mean and deviation over the source points and store them, then solve for β by
/// Householder QR (<see cref="LeastSquares"/>); the constant feature keeps mean 100 and deviation 0, as both
/// references store it.
/// </summary>
public sealed partial class NonLinearCoordinateTransform
{
    /// <summary>The highest dimension the fits accept (231 features).</summary>
    public const int MaxFitDimension = 20;

    /// <summary>
    /// render-python's <c>NonLinearCoordinateTransform.estimate</c>: features normalised by their mean and
    /// population standard deviation (numpy's <c>std</c>, ddof 0), then least squares per axis. Weights are
    /// honoured (render-python has none; unit weights give its result). Needs at least L pairs.
    /// </summary>
    /// <exception cref="FitException">Bad dimension, too few pairs, a non-finite value, a constant feature
    /// (e.g. all points on one vertical line) or otherwise degenerate points.</exception>
    public static NonLinearCoordinateTransform Fit(PointPairs pairs, int dimension, int width = 0, int height = 0) =>
        FitNormalised(pairs, dimension, 0, sampleDeviation: false, width, height);

    /// <summary>
    /// TrakEM2's <c>lenscorrection.NonLinearTransform.fit(x, y, λ)</c>: features normalised by their mean and
    /// sample standard deviation (n − 1), then the ridge solution β = (ΦᵀΦ + 2λI)⁻¹ΦᵀY. Solved here as the
    /// equivalent stacked least-squares problem [Φ; √(2λ)·I]·β ≈ [Y; 0] by QR rather than by inverting
    /// ΦᵀΦ as JAMA does. The penalty covers every feature, the constant one too, as in TrakEM2.
    /// </summary>
    /// <exception cref="FitException">As <see cref="Fit"/>, or <paramref name="lambda"/> is negative or not finite.</exception>
    public static NonLinearCoordinateTransform FitRidge(PointPairs pairs, int dimension, double lambda, int width = 0, int height = 0)
    {
        if (!(lambda >= 0) || double.IsPositiveInfinity(lambda))
        {
            throw new FitException($"a ridge fit needs a finite, non-negative lambda, got {lambda}");
        }

        return FitNormalised(pairs, dimension, lambda, sampleDeviation: true, width, height);
    }

    private static NonLinearCoordinateTransform FitNormalised(PointPairs pairs, int dimension, double lambda, bool sampleDeviation, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (dimension is < 0 or > MaxFitDimension)
        {
            throw new FitException($"a NonLinearCoordinateTransform fit needs a dimension from 0 to {MaxFitDimension}, got {dimension}");
        }

        var length = FeatureCountOf(dimension);
        var model = $"a dimension-{dimension} NonLinearCoordinateTransform";
        pairs.RequireAtLeast(length, model);
        PointPairChecks.RequireFiniteAndWeighted(pairs, model);
        var (mean, deviation) = FeatureStatistics(pairs, dimension, sampleDeviation, model);

        var problem = new LeastSquares(length, 2);
        var features = new double[length];
        Span<double> targets = stackalloc double[2];
        for (var i = 0; i < pairs.Count; i++)
        {
            Monomials.Write(pairs.Px[i], pairs.Py[i], dimension, features);
            for (var k = 0; k < length - 1; k++)
            {
                features[k] = (features[k] - mean[k]) / deviation[k];
            }

            features[length - 1] = ConstantFeature;
            targets[0] = pairs.Qx[i];
            targets[1] = pairs.Qy[i];
            problem.AddRow(features, targets, pairs.Weights[i]);
        }

        AddRidgeRows(problem, lambda);
        var beta = new double[2 * length];
        if (!problem.TrySolve(beta, out var rank))
        {
            throw new FitException($"the points do not determine {model}: they are degenerate (rank {rank} of {length})");
        }

        return new NonLinearCoordinateTransform(dimension, beta.AsSpan(0, length), beta.AsSpan(length, length), mean, deviation, width, height);
    }

    /// <summary>
    /// The mean and standard deviation of every raw feature over the source points (two passes, for
    /// accuracy); the constant feature gets mean 100 and deviation 0.
    /// </summary>
    private static (double[] Mean, double[] Deviation) FeatureStatistics(PointPairs pairs, int dimension, bool sampleDeviation, string model)
    {
        var length = FeatureCountOf(dimension);
        var mean = new double[length];
        var deviation = new double[length];
        var features = new double[length - 1];
        for (var i = 0; i < pairs.Count; i++)
        {
            Monomials.Write(pairs.Px[i], pairs.Py[i], dimension, features);
            for (var k = 0; k < features.Length; k++)
            {
                mean[k] += features[k];
            }
        }

        for (var k = 0; k < features.Length; k++)
        {
            mean[k] /= pairs.Count;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            Monomials.Write(pairs.Px[i], pairs.Py[i], dimension, features);
            for (var k = 0; k < features.Length; k++)
            {
                deviation[k] += (features[k] - mean[k]) * (features[k] - mean[k]);
            }
        }

        var divisor = sampleDeviation ? pairs.Count - 1 : pairs.Count;
        for (var k = 0; k < features.Length; k++)
        {
            deviation[k] = Math.Sqrt(deviation[k] / divisor);
            if (!(deviation[k] > 0) || double.IsInfinity(deviation[k]))
            {
                throw new FitException($"{model}: feature {k} ({FeatureName(k)}) is constant over the points (zero variance), so it cannot be normalised");
            }
        }

        mean[length - 1] = ConstantFeature;
        return (mean, deviation);
    }

    /// <summary>Rows √(2λ)·e<sub>k</sub> = 0, which add 2λ·I to ΦᵀΦ.</summary>
    private static void AddRidgeRows(LeastSquares problem, double lambda)
    {
        if (lambda == 0)
        {
            return;
        }

        var row = new double[problem.Unknowns];
        Span<double> zero = stackalloc double[2];
        var root = Math.Sqrt(2 * lambda);
        for (var k = 0; k < row.Length; k++)
        {
            row.AsSpan().Clear();
            row[k] = root;
            problem.AddRow(row, zero);
        }
    }

    /// <summary>Feature k as a monomial, for messages: x^j·y^(i−j) in the order i = 1.., j = i..0.</summary>
    private static string FeatureName(int feature)
    {
        var i = 1;
        while (feature > i)
        {
            feature -= i + 1;
            i++;
        }

        var j = i - feature;
        return $"x^{j}·y^{i - j}";
    }
}
