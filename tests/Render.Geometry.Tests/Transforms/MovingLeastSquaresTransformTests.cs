using System.Globalization;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class MovingLeastSquaresTransformTests
{
    private static readonly string TileMls = Fixtures.LeafTransforms("render-app/tile-test/tile_with_non_invertible_transforms.json")
        .Single(leaf => leaf.ClassName == MovingLeastSquaresTransform2.JavaClassName).DataString;

    [Fact]
    public void Parse_RendersFixture_RoundTripsAsFloats()
    {
        var mls = MovingLeastSquaresTransform2.Parse(TileMls);
        var written = mls.ToDataString();

        Assert.StartsWith("affine 2 2.0 ", written, StringComparison.Ordinal);
        Assert.Equal(MovingLeastSquaresModel.Affine, mls.Model);
        Assert.Equal(JavaFloats(TileMls), JavaFloats(written));
        Assert.Equal(written, MovingLeastSquaresTransform2.Parse(written).ToDataString());
    }

    [Fact]
    public void Apply_OnAControlPoint_GivesItsTarget()
    {
        var mls = MovingLeastSquaresTransform2.Parse("affine 2 2.0 0 0 10 20 1 100 0 110 21 1 0 100 9 120 1");
        double x = 100, y = 0;

        mls.ApplyInPlace(ref x, ref y);

        Assert.Equal((110.0, 21.0), (x, y));
    }

    [Theory]
    [InlineData("affine")]
    [InlineData("similarity")]
    [InlineData("rigid")]
    [InlineData("translation")]
    public void Apply_ControlPointsOfOneModel_ReproduceIt(string model)
    {
        // Control points moved by one translation: every model reproduces it everywhere.
        var mls = MovingLeastSquaresTransform.Parse($"{model} 2 1.0 0 0 5 -3 1 100 0 105 -3 1 0 100 5 97 1 80 90 85 87 2");
        double x = 37.5, y = 61.25;

        mls.ApplyInPlace(ref x, ref y);

        Assert.Equal((42.5, 58.25), (x, y), new TupleToleranceComparer(1e-9));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.0")]
    [InlineData("1.5")]
    public void ApplyBatch_EqualsSinglePoints_ForEveryAlpha(string alpha)
    {
        var floats = MovingLeastSquaresTransform2.Parse(TileMls.Replace("affine 2 2.0 ", $"affine 2 {alpha} ", StringComparison.Ordinal));
        var doubles = MovingLeastSquaresTransform.Parse(TileMls.Replace("affine 2 2.0 ", $"affine 2 {alpha} ", StringComparison.Ordinal));
        foreach (var mls in new AbstractMovingLeastSquaresTransform[] { floats, doubles })
        {
            var (x, y) = TransformTestPoints.Scattered(1003, new Random(5));
            TransformTestPoints.AssertBatchEqualsSinglePoints(mls, x, y);
            (x, y) = TransformTestPoints.Grid(-500, 137.25, 40);
            TransformTestPoints.AssertBatchEqualsSinglePoints(mls, x, y);
        }
    }

    [Fact]
    public void ApplyBatch_PointsOnControlPointsAndFailedFits_EqualSinglePoints()
    {
        // Points on control points (their group goes the single-point way) among ordinary ones, in
        // every lane; collinear control points (every fit fails: points stay); other models (single-point
        // path); and too few control points.
        double[] x = [0, 3, 100, 7, 11, 13, 17, 0, 19, 100, 23, 29, 31];
        double[] y = [0, 5, 0, 9, 13, 15, 19, 100, 21, 0, 25, 27, 33];
        string[] specs =
        [
            "affine 2 2.0 0 0 10 20 1 100 0 110 21 1 0 100 9 120 1 50 60 55 62 2",
            "affine 2 2.0 0 0 10 20 1 1 1 11 21 1 2 2 12 22 1 3 3 13 23 1",
            "rigid 2 2.0 0 0 10 20 1 100 0 110 21 1 0 100 9 120 1",
            "similarity 2 1.0 0 0 10 20 1 100 0 110 21 1 0 100 9 120 1",
            "affine 2 2.0 0 0 10 20 1 100 0 110 21 1",
        ];
        foreach (var spec in specs)
        {
            TransformTestPoints.AssertBatchEqualsSinglePoints(MovingLeastSquaresTransform2.Parse(spec), x, y);
            TransformTestPoints.AssertBatchEqualsSinglePoints(MovingLeastSquaresTransform.Parse(spec), x, y);
        }
    }

    [Fact]
    public void Apply_AlphaTwo_WeighsBySquareAsJavasPow()
    {
        // Java's Math.pow(s, 2.0) is exactly s·s (fdlibm's special case, kept by HotSpot's intrinsic).
        // Each squared distance here squares to an exact tie (14337² + 6219² = 244225530, and so on),
        // which glibc's pow rounds up where s·s rounds to even: with pow the result moves by about 1e-12.
        double[] px = [14337, -14301, 14017, 10451], py = [6219, 2791, -5425, 9023];
        double[] qx = [14335, -14292, 14025, 10446], qy = [6221, 2797, -5416, 9016];
        var mls = MovingLeastSquaresTransform.Parse(
            string.Join(' ', new[] { "affine", "2", "2.0" }.Concat(Enumerable.Range(0, 4).SelectMany(i => new[] { px[i], py[i], qx[i], qy[i], 1.0 }.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))));
        double[] weights = [.. px.Select((_, i) => { var s = (px[i] * px[i]) + (py[i] * py[i]); return 1.0 * (1.0 / (s * s)); })];
        double expectedX = 0, expectedY = 0;
        AffineModel2D.Fit(px, py, qx, qy, weights)!.ApplyInPlace(ref expectedX, ref expectedY);
        double x = 0, y = 0;

        mls.ApplyInPlace(ref x, ref y);

        Assert.Equal(BitConverter.DoubleToInt64Bits(expectedX), BitConverter.DoubleToInt64Bits(x));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expectedY), BitConverter.DoubleToInt64Bits(y));
    }

    [Fact]
    public void Apply_TooFewControlPointsForTheModel_LeavesThePointUnchanged()
    {
        var mls = MovingLeastSquaresTransform2.Parse("affine 2 2.0 0 0 10 20 1 100 0 110 21 1");
        double x = 50, y = 50;

        mls.ApplyInPlace(ref x, ref y);

        Assert.Equal((50.0, 50.0), (x, y));
    }

    [Theory]
    [InlineData("affine 2 2.0 0 0 1 1", "each control point needs 5 numbers")]
    [InlineData("affine 3 2.0 0 0 0 1 1 1 1", "only 2-D moving least squares is supported")]
    [InlineData("bent 2 2.0 0 0 1 1 1", "unknown model 'bent'")]
    [InlineData("affine 2", "expected 'model dimension alpha'")]
    [InlineData("affine 2 2.0 0 0 1 x 1", "For input string: \"x\"")]
    public void Parse_BadData_SaysWhy(string dataString, string expected)
    {
        var error = Assert.Throws<TransformDataException>(() => MovingLeastSquaresTransform2.Parse(dataString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static float[] JavaFloats(string dataString) =>
        [.. dataString.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(token => Render.Geometry.Numerics.JavaNumberParse.ParseFloat(token))];
}

public sealed class MovingLeastSquaresFromPairsTests
{
    [Fact]
    public void FromPairs_ControlPoints_MapOntoTheirTargetsAndRoundTrip()
    {
        var pairs = new Fitting.PointPairs([0, 100, 0, 100], [0, 0, 100, 100], [5, 107, 3, 104], [1, -2, 98, 103]);

        var mls = MovingLeastSquaresTransform2.FromPairs(pairs, MovingLeastSquaresModel.Rigid, 2);
        double x = 100, y = 0;
        mls.ApplyInPlace(ref x, ref y);

        Assert.Equal((107.0, -2.0), (x, y));
        Assert.StartsWith("rigid 2 2.0 0.0 0.0 5.0 1.0 1.0 100.0", mls.ToDataString(), StringComparison.Ordinal);
        Assert.Equal(mls.ToDataString(), MovingLeastSquaresTransform2.Parse(mls.ToDataString()).ToDataString());
    }

    [Fact]
    public void FromPairs_TooFewPairsOrBadAlpha_SaysWhy()
    {
        var two = new Fitting.PointPairs([0, 1], [0, 1], [0, 1], [0, 1]);

        Assert.Equal("a moving least squares transform (affine model) needs at least 3 point pairs, got 2",
            Assert.Throws<Fitting.FitException>(() => MovingLeastSquaresTransform.FromPairs(two)).Message);
        Assert.Contains("alpha must be positive",
            Assert.Throws<Fitting.FitException>(() => MovingLeastSquaresTransform2.FromPairs(two, MovingLeastSquaresModel.Rigid, 0)).Message,
            StringComparison.Ordinal);
    }
}
