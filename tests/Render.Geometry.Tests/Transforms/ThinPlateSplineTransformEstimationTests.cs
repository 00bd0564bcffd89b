using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class ThinPlateSplineTransformEstimationTests
{
    private static ThinPlateSplineTransform Spline => ThinPlateSplineTransform.Parse(Fixtures.DataStringOf("render-python/thin_plate_spline.json"));

    private static ThinPlateSplineTransform Rough => ThinPlateSplineTransform.Parse(Fixtures.DataStringOf("render-python/thin_plate_from_rough.json"));

    [Fact]
    public void ApplyInverseInPlace_ForwardGrid_ReturnsWithinATenthOfAPixel()
    {
        // render-python's test_thinplatespline_inverse: a 10×10 grid over 0..3840.
        var (x, y) = ThinPlateSplineTransform.SourceGrid(0, 0, 3840, 3840, 10, 10);
        var mappedX = x.ToArray();
        var mappedY = y.ToArray();
        Spline.ApplyInPlace(mappedX.AsSpan(), mappedY.AsSpan());

        Spline.ApplyInverseInPlace(mappedX.AsSpan(), mappedY.AsSpan());

        for (var i = 0; i < x.Length; i++)
        {
            Assert.True(Math.Sqrt(Math.Pow(mappedX[i] - x[i], 2) + Math.Pow(mappedY[i] - y[i], 2)) < 0.1, $"point {i}");
        }
    }

    [Fact]
    public void ApplyInverseInPlace_FiveIterations_ThrowsNoninvertible()
    {
        var (x, y) = ThinPlateSplineTransform.SourceGrid(0, 0, 3840, 3840, 10, 10);
        Spline.ApplyInPlace(x.AsSpan(), y.AsSpan());

        var error = Assert.Throws<NoninvertibleTransformException>(() => Spline.ApplyInverseInPlace(x.AsSpan(), y.AsSpan(), maxIterations: 5));

        Assert.Contains("5 iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyInverseInPlace_SinglePoint_UndoesTheForwardMap()
    {
        double x = 1234.5, y = 2345.25;
        Rough.ApplyInPlace(ref x, ref y);

        Rough.ApplyInverseInPlace(ref x, ref y);

        Assert.Equal(1234.5, x, 1e-3);
        Assert.Equal(2345.25, y, 1e-3);
    }

    [Fact]
    public void SourceGrid_IsXMajorWithMgridSpacing()
    {
        var (x, y) = ThinPlateSplineTransform.SourceGrid(0, 10, 2, 30, 3, 2);

        Assert.Equal([0, 0, 1, 1, 2, 2], x);
        Assert.Equal([10, 30, 10, 30, 10, 30], y);
    }

    [Fact]
    public void AdaptiveMeshEstimate_Tolerance1_StaysWithinOnePixelWithFewerLandmarks()
    {
        // render-python's test_adaptive_estimate.
        var original = Spline;

        var reduced = original.AdaptiveMeshEstimate(tolerance: 1.0);

        Assert.True(reduced.LandmarkCount < original.LandmarkCount, $"{reduced.LandmarkCount} landmarks");
        Assert.True(LargestMiss(original, reduced, original.SourceX.ToArray(), original.SourceY.ToArray()) <= 1.0);
        Assert.True(LargestMiss(original, reduced, reduced.SourceX.ToArray(), reduced.SourceY.ToArray()) <= 1.0);
    }

    [Fact]
    public void AdaptiveMeshEstimate_OneIteration_ThrowsFitException()
    {
        var error = Assert.Throws<FitException>(() => Spline.AdaptiveMeshEstimate(maxIterations: 1));

        Assert.Contains("after 1 refinements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefineMesh_FromFiveByFiveGrid_ConvergesWithinTolerance()
    {
        var original = Spline;
        var targetX = original.SourceX.ToArray();
        var targetY = original.SourceY.ToArray();
        original.ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());
        var pairs = new PointPairs(original.SourceX, original.SourceY, targetX, targetY);
        var (gridX, gridY) = ThinPlateSplineTransform.SourceGrid(0, 0, 3840, 3840, 5, 5);

        var refined = ThinPlateSplineTransform.RefineMesh(pairs, gridX, gridY, computeAffine: true, tolerance: 1.0, maxIterations: 50);

        Assert.True(refined.LandmarkCount > 25);
        Assert.True(LargestMiss(original, refined, original.SourceX.ToArray(), original.SourceY.ToArray()) <= 1.0);
    }

    public static TheoryData<double, bool, bool, int> ScaleCases()
    {
        var cases = new TheoryData<double, bool, bool, int>();
        foreach (var factor in new[] { 1e-3, 1e3, 1e5 })
        {
            foreach (var affine in new[] { true, false })
            {
                foreach (var preserve in new[] { true, false })
                {
                    foreach (var grid in new[] { 5, 20 })
                    {
                        cases.Add(factor, affine, preserve, grid);
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(ScaleCases))]
    public void ScaleCoordinates_AnyFactor_MatchesTheScaledSpline(double factor, bool affine, bool preserve, int grid)
    {
        // render-python's test_scale_thinplate: max‖Δ‖ / mean peak-to-peak below 1e-4 (grid 20) or 1e-3 (grid 5).
        var original = affine ? Rough : Rough.WithAffine([]);

        var scaled = original.ScaleCoordinates(factor, grid, preserve);

        var (x, y) = ThinPlateSplineTransform.SourceGrid(original.SourceX.ToArray().Min(), original.SourceY.ToArray().Min(), original.SourceX.ToArray().Max(), original.SourceY.ToArray().Max(), 31, 31);
        var expectedX = x.ToArray();
        var expectedY = y.ToArray();
        original.ApplyInPlace(expectedX.AsSpan(), expectedY.AsSpan());
        var actualX = x.Select(v => v * factor).ToArray();
        var actualY = y.Select(v => v * factor).ToArray();
        scaled.ApplyInPlace(actualX.AsSpan(), actualY.AsSpan());
        var worst = actualX.Select((v, i) => Math.Sqrt(Math.Pow(v - (expectedX[i] * factor), 2) + Math.Pow(actualY[i] - (expectedY[i] * factor), 2))).Max();
        var meanRange = factor * ((expectedX.Max() - expectedX.Min()) + (expectedY.Max() - expectedY.Min())) / 2;
        Assert.True(worst / meanRange < (grid == 20 ? 1e-4 : 1e-3), $"relative error {worst / meanRange}");
        Assert.Equal(affine, scaled.HasAffine);
        if (preserve)
        {
            Assert.All(Enumerable.Range(0, original.LandmarkCount), l => Assert.Contains(
                Enumerable.Range(0, scaled.LandmarkCount),
                s => Math.Abs(scaled.SourceX[s] - (original.SourceX[l] * factor)) <= 1e-3 * factor && Math.Abs(scaled.SourceY[s] - (original.SourceY[l] * factor)) <= 1e-3 * factor));
        }
    }

    private static double LargestMiss(ThinPlateSplineTransform expected, ThinPlateSplineTransform actual, double[] x, double[] y)
    {
        var expectedX = x.ToArray();
        var expectedY = y.ToArray();
        expected.ApplyInPlace(expectedX.AsSpan(), expectedY.AsSpan());
        actual.ApplyInPlace(x.AsSpan(), y.AsSpan());
        return x.Select((v, i) => Math.Sqrt(Math.Pow(v - expectedX[i], 2) + Math.Pow(y[i] - expectedY[i], 2))).Max();
    }
}
