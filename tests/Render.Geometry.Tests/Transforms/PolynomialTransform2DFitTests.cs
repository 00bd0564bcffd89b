using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class PolynomialTransform2DFitTests
{
    [Fact]
    public void Fit_RenderPythonGolden_ThirtyRandomPoints_ReproduceTheCoefficients()
    {
        // test_Polynomial_estimation: refit from 30 random points in [0, 1)², params allclose (numpy defaults).
        var golden = PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial);
        var pairs = PairsThrough(golden, RandomPoints(30, 0, 1, new Random(30)));

        var fitted = PolynomialTransform2D.Fit(pairs, 2);

        Assert.Equal(2, fitted.Order);
        AssertAllClose(golden.Coefficients, fitted.Coefficients, relative: 1e-5, absolute: 1e-8);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Fit_CoordinatesOfTenToTheFifth_StayAccurate(int order)
    {
        // Each term of order o contributes up to ~10 px at 1e5, on top of a near-identity affine part.
        var random = new Random(order);
        var terms = PolynomialTransform2D.TermCountOf(order);
        var x = new double[terms];
        var y = new double[terms];
        for (int o = 0, k = 0; o <= order; o++)
        {
            for (var p = 0; p <= o; p++, k++)
            {
                x[k] = (random.NextDouble() - 0.5) * 20 / Math.Pow(1e5, o);
                y[k] = (random.NextDouble() - 0.5) * 20 / Math.Pow(1e5, o);
            }
        }

        x[1] += 1;
        y[2] += 1;
        var truth = new PolynomialTransform2D(order, x, y);
        var fitted = PolynomialTransform2D.Fit(PairsThrough(truth, RandomPoints(2000, 1e4, 1e5, random)), order);

        var (checkX, checkY) = RandomPoints(500, 1e4, 1e5, random);
        var maxError = 0.0;
        for (var i = 0; i < checkX.Length; i++)
        {
            double tx = checkX[i], ty = checkY[i], fx = checkX[i], fy = checkY[i];
            truth.ApplyInPlace(ref tx, ref ty);
            fitted.ApplyInPlace(ref fx, ref fy);
            maxError = Math.Max(maxError, Math.Max(Math.Abs(tx - fx), Math.Abs(ty - fy)));
        }

        Assert.True(maxError < 1e-6, $"order {order}: max error {maxError} px");
    }

    [Fact]
    public void Fit_ExactlyTermCountPairs_InterpolatesThem()
    {
        var truth = PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial);
        var pairs = PairsThrough(truth, ([0, 1, 0, 1, 2, 0.5], [0, 0, 1, 1, 0.5, 2]));

        var fitted = PolynomialTransform2D.Fit(pairs, 2);

        // The targets near 67572 carry rounding of ~1e-11 themselves, which bounds the absolute accuracy.
        AssertAllClose(truth.Coefficients, fitted.Coefficients, relative: 1e-9, absolute: 1e-10);
    }

    [Fact]
    public void Fit_TooFewPairs_ThrowsNamingTheMinimum()
    {
        var pairs = PairsThrough(PolynomialTransform2D.Identity, RandomPoints(5, 0, 1, new Random(1)));

        var error = Assert.Throws<FitException>(() => PolynomialTransform2D.Fit(pairs, 2));

        Assert.Contains("at least 6 point pairs, got 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedPointCounts_AreRefusedWhenPairing()
    {
        Assert.ThrowsAny<ArgumentException>(() => PointPairs.FromInterleaved([0, 0, 1, 1, 2, 2], [0, 0, 1, 1]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    [InlineData(500)]
    public void Fit_OrderOutOfRange_Throws(int order)
    {
        var pairs = PairsThrough(PolynomialTransform2D.Identity, RandomPoints(300, 0, 1, new Random(2)));

        var error = Assert.Throws<FitException>(() => PolynomialTransform2D.Fit(pairs, order));

        Assert.Contains("order from 0 to 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_CollinearPoints_ThrowsAsDegenerate()
    {
        double[] px = [0, 1, 2, 3, 4, 5];
        var pairs = new PointPairs(px, px.Select(v => (2 * v) + 1).ToArray(), px, px);

        var error = Assert.Throws<FitException>(() => PolynomialTransform2D.Fit(pairs, 1));

        Assert.Contains("degenerate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NonFiniteCoordinateOrNegativeWeight_Throws()
    {
        double[] p = [0, 1, 0, 1];
        double[] q = [0, 0, 1, 1];

        Assert.Throws<FitException>(() => PolynomialTransform2D.Fit(new PointPairs(p, q, [0, 1, double.NaN, 1], q), 1));
        Assert.Throws<FitException>(() => PolynomialTransform2D.Fit(new PointPairs(p, q, p, q, [1, 1, -1, 1]), 1));
    }

    [Fact]
    public void Fit_OrderZero_IsTheWeightedMeanTranslation()
    {
        var pairs = new PointPairs([0, 10], [0, 10], [1, 12], [2, 14], [3, 1]);

        var fitted = PolynomialTransform2D.Fit(pairs, 0);

        Assert.Equal(0, fitted.Order);
        Assert.Equal(3.75, fitted.XCoefficients[0], 1e-12);
        Assert.Equal(5, fitted.YCoefficients[0], 1e-12);
    }

    [Fact]
    public void Fit_ZeroWeightOutlier_IsIgnored()
    {
        var truth = PolynomialTransform2D.FromAffine(1.1, 0.1, -0.2, 0.9, 5, -3);
        var (x, y) = RandomPoints(20, -50, 50, new Random(3));
        var pairs = PairsThrough(truth, (x, y));
        var qx = pairs.Qx.ToArray();
        qx[7] += 1000;
        var weights = Enumerable.Repeat(1.0, 20).ToArray();
        weights[7] = 0;

        var fitted = PolynomialTransform2D.Fit(new PointPairs(x, y, qx, pairs.Qy, weights), 1);

        AssertAllClose(truth.Coefficients, fitted.Coefficients, relative: 1e-12, absolute: 1e-12);
    }

    private static (double[] X, double[] Y) RandomPoints(int count, double min, double max, Random random)
    {
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = min + ((max - min) * random.NextDouble());
            y[i] = min + ((max - min) * random.NextDouble());
        }

        return (x, y);
    }

    private static PointPairs PairsThrough(PolynomialTransform2D transform, (double[] X, double[] Y) points)
    {
        var qx = (double[])points.X.Clone();
        var qy = (double[])points.Y.Clone();
        transform.ApplyInPlace(qx.AsSpan(), qy.AsSpan());
        return new PointPairs(points.X, points.Y, qx, qy);
    }

    private static void AssertAllClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double relative, double absolute)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var limit = absolute + (relative * Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= limit, $"coefficient {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
