using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class ThinPlateSplineTransformFitTests
{
    [Theory]
    [InlineData("render-python/thin_plate_spline.json", false)]
    [InlineData("render-python/thin_plate_spline_affine.json", true)]
    public void Fit_FixtureLandmarks_ReproducesTheSplineWithin1e9(string file, bool computeAffine)
    {
        // render-python's test_thinplatespline_estimate: re-estimating from srcPts gives back the
        // landmarks' targets and the points in between.
        var original = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf(file));
        var targetX = original.SourceX.ToArray();
        var targetY = original.SourceY.ToArray();
        original.ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());

        var fitted = ThinPlateSplineTransform.Fit(new PointPairs(original.SourceX, original.SourceY, targetX, targetY), computeAffine);

        Assert.Equal(computeAffine, fitted.HasAffine);
        AssertSameMap(original, fitted, original.SourceX.ToArray(), original.SourceY.ToArray(), 1e-9);
        var (gridX, gridY) = ThinPlateSplineTransform.SourceGrid(5, 5, 3835, 3835, 13, 13);
        AssertSameMap(original, fitted, gridX, gridY, 1e-9);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fit_SyntheticWarp_InterpolatesWithinOnePixel(bool computeAffine)
    {
        // render-python's synthetic case: a 40×40 grid over 0..1000 under an affine
        // [[1.1, −0.04], [−0.02, 0.95]] + (3, 4) plus a smooth polynomial warp, checked on 120×120.
        var (x, y) = ThinPlateSplineTransform.SourceGrid(0, 0, 1000, 1000, 40, 40);
        var (targetX, targetY) = SyntheticWarp(x, y);

        var fitted = ThinPlateSplineTransform.Fit(new PointPairs(x, y, targetX, targetY), computeAffine);

        var (checkX, checkY) = ThinPlateSplineTransform.SourceGrid(0, 0, 1000, 1000, 120, 120);
        var (expectedX, expectedY) = SyntheticWarp(checkX, checkY);
        fitted.ApplyInPlace(checkX.AsSpan(), checkY.AsSpan());
        var worst = checkX.Select((value, i) => Math.Sqrt(Math.Pow(value - expectedX[i], 2) + Math.Pow(checkY[i] - expectedY[i], 2))).Max();
        Assert.True(worst < 1.0, $"largest error {worst} px");
    }

    [Fact]
    public void Fit_PureAffine_HasNoBendAndTheDisplacementAffine()
    {
        double[] x = [0, 100, 0, 100, 50], y = [0, 0, 100, 100, 30];
        var targetX = x.Select((v, i) => (1.1 * v) - (0.04 * y[i]) + 3).ToArray();
        var targetY = x.Select((v, i) => (-0.02 * v) + (0.95 * y[i]) + 4).ToArray();

        var fitted = ThinPlateSplineTransform.Fit(new PointPairs(x, y, targetX, targetY));

        Assert.All(fitted.WeightsX.ToArray().Concat(fitted.WeightsY.ToArray()), w => Assert.Equal(0, w, 1e-12));
        double[] expected = [0.1, -0.04, -0.02, -0.05, 3, 4];
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.Equal(expected[k], fitted.Affine[k], 1e-9);
        }
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public void Fit_TooFewPoints_ThrowsFitException(bool computeAffine, int count)
    {
        var pairs = new PointPairs(new double[count], new double[count], new double[count], new double[count]);

        var error = Assert.Throws<FitException>(() => ThinPlateSplineTransform.Fit(pairs, computeAffine));

        Assert.Contains("at least", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fit_RepeatedLandmark_ThrowsFitExceptionForSingularSystem(bool computeAffine)
    {
        double[] x = [0, 10, 0, 10], y = [0, 0, 10, 0];

        var error = Assert.Throws<FitException>(() => ThinPlateSplineTransform.Fit(new PointPairs(x, y, x, y), computeAffine));

        Assert.Contains("singular", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NonUnitWeights_ThrowsFitException()
    {
        double[] x = [0, 10, 0, 10], y = [0, 0, 10, 10];

        var error = Assert.Throws<FitException>(() => ThinPlateSplineTransform.Fit(new PointPairs(x, y, x, y, [1, 1, 2, 1])));

        Assert.Contains("weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedShapes_AreRefusedBeforeFitting()
    {
        // render-python's shape-mismatch EstimationError: here the point pairs cannot be built.
        Assert.ThrowsAny<ArgumentException>(() => PointPairs.FromInterleaved([0, 0, 1, 1, 2, 0], [0, 0, 1, 1]));
    }

    internal static (double[] X, double[] Y) SyntheticWarp(double[] x, double[] y)
    {
        double[] targetX = new double[x.Length], targetY = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var u = (x[i] - 500) / 500;
            var v = (y[i] - 500) / 500;
            targetX[i] = (1.1 * x[i]) - (0.04 * y[i]) + 3 + (6 * u * u) - (4 * u * v * v);
            targetY[i] = (-0.02 * x[i]) + (0.95 * y[i]) + 4 + (5 * v * v * v) + (3 * u * v);
        }

        return (targetX, targetY);
    }

    private static void AssertSameMap(ThinPlateSplineTransform expected, ThinPlateSplineTransform actual, double[] x, double[] y, double tolerance)
    {
        var expectedX = x.ToArray();
        var expectedY = y.ToArray();
        expected.ApplyInPlace(expectedX.AsSpan(), expectedY.AsSpan());
        actual.ApplyInPlace(x.AsSpan(), y.AsSpan());
        for (var i = 0; i < x.Length; i++)
        {
            Assert.True(Math.Abs(x[i] - expectedX[i]) < tolerance && Math.Abs(y[i] - expectedY[i]) < tolerance,
                $"point {i}: ({x[i]}, {y[i]}) but expected ({expectedX[i]}, {expectedY[i]})");
        }
    }
}
