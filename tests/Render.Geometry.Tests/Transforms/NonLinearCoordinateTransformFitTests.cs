using Render.Geometry.Fitting;
using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class NonLinearCoordinateTransformFitTests
{
    [Fact]
    public void Fit_RenderPythonDimensionFive_RefitOnA500Grid_ReproducesThePoints()
    {
        // test_estimate_non_linear_transform: 500×500 grid over 0..3840 (numpy linspace), refit, max |Δ| < 1e-5.
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionFiveLens);
        var ticks = Enumerable.Range(0, 500).Select(i => 3840.0 * i / 499).ToArray();
        var x = ticks.SelectMany(_ => ticks).ToArray();
        var y = ticks.SelectMany(t => Enumerable.Repeat(t, ticks.Length)).ToArray();
        var pairs = PairsThrough(lens, x, y);

        var fitted = NonLinearCoordinateTransform.Fit(pairs, 5, lens.Width, lens.Height);

        var (fx, fy) = ((double[])x.Clone(), (double[])y.Clone());
        fitted.ApplyInPlace(fx.AsSpan(), fy.AsSpan());
        var maxError = 0.0;
        for (var i = 0; i < fx.Length; i++)
        {
            maxError = Math.Max(maxError, Math.Max(Math.Abs(fx[i] - pairs.Qx[i]), Math.Abs(fy[i] - pairs.Qy[i])));
        }

        Assert.True(maxError < 1e-5, $"max |Δ| {maxError}");
        Assert.Equal((5, 21, 3840, 3840), (fitted.Dimension, fitted.Length, fitted.Width, fitted.Height));
    }

    [Fact]
    public void Fit_StoresColumnMeanAndPopulationDeviation()
    {
        // Dimension 1: the features are x and y themselves.
        double[] px = [0, 1, 2, 3, 10];
        double[] py = [5, 3, 8, 1, 2];
        var pairs = new PointPairs(px, py, px.Select(v => v + 1).ToArray(), py);

        var fitted = NonLinearCoordinateTransform.Fit(pairs, 1);

        Assert.Equal([3.2, 3.8, 100], fitted.NormMean.ToArray());
        Assert.Equal(Math.Sqrt(px.Sum(v => (v - 3.2) * (v - 3.2)) / 5), fitted.NormVar[0], 1e-15);
        Assert.Equal(Math.Sqrt(py.Sum(v => (v - 3.8) * (v - 3.8)) / 5), fitted.NormVar[1], 1e-15);
        Assert.Equal(0, fitted.NormVar[2]);
        Assert.Equal((0, 0), (fitted.Width, fitted.Height));
        AssertMaps(fitted, px, py, pairs.Qx, pairs.Qy, 1e-12);
    }

    [Fact]
    public void FitRidge_StoresSampleDeviationAndSolvesTheRegularisedNormalEquations()
    {
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionFiveLens);
        var random = new Random(11);
        var x = Enumerable.Range(0, 60).Select(_ => random.NextDouble() * 3840).ToArray();
        var y = Enumerable.Range(0, 60).Select(_ => random.NextDouble() * 3840).ToArray();
        var pairs = PairsThrough(lens, x, y);
        const double Lambda = 0.5;

        var fitted = NonLinearCoordinateTransform.FitRidge(pairs, 2, Lambda, 2560, 2160);

        Assert.Equal(Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / 59), fitted.NormVar[0], 1e-9);
        var expected = RidgeByNormalEquations(fitted, pairs, Lambda);
        for (var k = 0; k < fitted.Length; k++)
        {
            Assert.Equal(expected[k, 0], fitted.BetaX[k], 1e-9 * Math.Max(1, Math.Abs(expected[k, 0])));
            Assert.Equal(expected[k, 1], fitted.BetaY[k], 1e-9 * Math.Max(1, Math.Abs(expected[k, 1])));
        }

        Assert.Equal((2560, 2160), (fitted.Width, fitted.Height));
    }

    [Fact]
    public void FitRidge_LambdaZeroOnExactData_ReproducesTheLens()
    {
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionFiveLens);
        var (x, y) = TransformTestPoints.Grid(0, 3840.0 / 29, 30);
        var pairs = PairsThrough(lens, x, y);

        var fitted = NonLinearCoordinateTransform.FitRidge(pairs, 5, 0);

        AssertMaps(fitted, x, y, pairs.Qx, pairs.Qy, 1e-6);
    }

    [Fact]
    public void Fit_TooFewPairs_ThrowsNamingTheMinimum()
    {
        var pairs = new PointPairs([0, 1, 2, 3, 4], [0, 1, 4, 9, 16], [0, 1, 2, 3, 4], [0, 1, 4, 9, 16]);

        var error = Assert.Throws<FitException>(() => NonLinearCoordinateTransform.Fit(pairs, 2));

        Assert.Contains("at least 6 point pairs, got 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_PointsOnAVerticalLine_ThrowsForTheConstantFeature()
    {
        double[] x = [5, 5, 5, 5, 5, 5, 5];
        double[] y = [0, 1, 2, 3, 4, 5, 6];
        var pairs = new PointPairs(x, y, x, y);

        var error = Assert.Throws<FitException>(() => NonLinearCoordinateTransform.Fit(pairs, 2));

        Assert.Contains("feature 0 (x^1·y^0) is constant", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FitRidge_BadLambda_Throws(double lambda)
    {
        var (x, y) = TransformTestPoints.Grid(0, 1, 4);

        Assert.Throws<FitException>(() => NonLinearCoordinateTransform.FitRidge(new PointPairs(x, y, x, y), 1, lambda));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void Fit_DimensionOutOfRange_Throws(int dimension)
    {
        var (x, y) = TransformTestPoints.Grid(0, 1, 20);

        var error = Assert.Throws<FitException>(() => NonLinearCoordinateTransform.Fit(new PointPairs(x, y, x, y), dimension));

        Assert.Contains("dimension from 0 to 20", error.Message, StringComparison.Ordinal);
    }

    private static PointPairs PairsThrough(NonLinearCoordinateTransform lens, double[] x, double[] y)
    {
        var (qx, qy) = ((double[])x.Clone(), (double[])y.Clone());
        lens.ApplyInPlace(qx.AsSpan(), qy.AsSpan());
        return new PointPairs(x, y, qx, qy);
    }

    private static void AssertMaps(NonLinearCoordinateTransform transform, double[] x, double[] y, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, double tolerance)
    {
        for (var i = 0; i < x.Length; i++)
        {
            double u = x[i], v = y[i];
            transform.ApplyInPlace(ref u, ref v);
            Assert.Equal(qx[i], u, tolerance);
            Assert.Equal(qy[i], v, tolerance);
        }
    }

    /// <summary>TrakEM2's formula written out: β = (ΦᵀΦ + 2λI)⁻¹ΦᵀY, with Φ normalised by the fitted statistics.</summary>
    private static double[,] RidgeByNormalEquations(NonLinearCoordinateTransform fitted, PointPairs pairs, double lambda)
    {
        var length = fitted.Length;
        var system = new double[length, length + 2];
        var features = new double[length];
        for (var i = 0; i < pairs.Count; i++)
        {
            Monomials.Write(pairs.Px[i], pairs.Py[i], fitted.Dimension, features);
            for (var k = 0; k < length - 1; k++)
            {
                features[k] = (features[k] - fitted.NormMean[k]) / fitted.NormVar[k];
            }

            features[length - 1] = 100;
            for (var r = 0; r < length; r++)
            {
                for (var c = 0; c < length; c++)
                {
                    system[r, c] += features[r] * features[c];
                }

                system[r, length] += features[r] * pairs.Qx[i];
                system[r, length + 1] += features[r] * pairs.Qy[i];
            }
        }

        for (var r = 0; r < length; r++)
        {
            system[r, r] += 2 * lambda;
        }

        return GaussJordan(system, length);
    }

    private static double[,] GaussJordan(double[,] system, int size)
    {
        for (var pivot = 0; pivot < size; pivot++)
        {
            var best = Enumerable.Range(pivot, size - pivot).MaxBy(r => Math.Abs(system[r, pivot]));
            for (var c = 0; c < size + 2; c++)
            {
                (system[pivot, c], system[best, c]) = (system[best, c], system[pivot, c]);
            }

            for (var r = 0; r < size; r++)
            {
                var factor = r == pivot ? 0 : system[r, pivot] / system[pivot, pivot];
                for (var c = 0; c < size + 2; c++)
                {
                    system[r, c] -= factor * system[pivot, c];
                }
            }
        }

        var solution = new double[size, 2];
        for (var r = 0; r < size; r++)
        {
            solution[r, 0] = system[r, size] / system[r, r];
            solution[r, 1] = system[r, size + 1] / system[r, r];
        }

        return solution;
    }
}
