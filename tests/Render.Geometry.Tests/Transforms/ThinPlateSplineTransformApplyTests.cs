using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class ThinPlateSplineTransformApplyTests
{
    /// <summary>
    /// Values computed independently with numpy (float64, <c>np.log</c>) from the decoded fixture
    /// blocks: p + Σ U·D (+ A·p + b).
    /// </summary>
    public static TheoryData<string, double, double, double, double> NumpyValues => new()
    {
        { "render-python/thin_plate_spline.json", 0.0, 0.0, -65.10171200000735, -44.79061600003718 },
        { "render-python/thin_plate_spline.json", 1000.5, 2000.25, 998.8970031712561, 2000.4984490913134 },
        { "render-python/thin_plate_spline.json", 3840.0, 3840.0, 3831.1907769999607, 3830.220293999975 },
        { "render-python/thin_plate_spline.json", 123.456, 3000.0, 126.14439519504923, 3018.584888444224 },
        { "render-python/thin_plate_spline_affine.json", 0.0, 0.0, -11.727200000000067, 1.7128000000000725 },
        { "render-python/thin_plate_spline_affine.json", 1000.5, 2000.25, 993.0985669234298, 2000.6025694491454 },
        { "render-python/thin_plate_spline_affine.json", 2500.0, 17.0, 2506.5673305032697, 18.64518210478947 },
        { "render-python/thin_plate_from_rough.json", 0.0, 0.0, 50.86941510618754, 13.045512861490794 },
        { "render-python/thin_plate_from_rough.json", 3840.0, 3840.0, 3769.9941195789875, 3835.1945826143365 },
    };

    [Theory]
    [MemberData(nameof(NumpyValues))]
    public void ApplyInPlace_Fixture_MatchesNumpy(string file, double x, double y, double expectedX, double expectedY)
    {
        var transform = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf(file));

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(expectedX, x, 1e-9 * Math.Max(1, Math.Abs(expectedX)));
        Assert.Equal(expectedY, y, 1e-9 * Math.Max(1, Math.Abs(expectedY)));
    }

    [Theory]
    [InlineData("render-python/thin_plate_spline.json", 1)]
    [InlineData("render-python/thin_plate_spline.json", 7)]
    [InlineData("render-python/thin_plate_spline.json", 1001)]
    [InlineData("render-python/thin_plate_spline_affine.json", 333)]
    [InlineData("render-python/thin_plate_from_rough.json", 64)]
    public void ApplyInPlaceBatch_AnyLength_IsBitIdenticalToSinglePoints(string file, int count)
    {
        var transform = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf(file));
        var (x, y) = RandomPoints(count, seed: count);
        var expectedX = x.ToArray();
        var expectedY = y.ToArray();
        for (var i = 0; i < count; i++)
        {
            transform.ApplyInPlace(ref expectedX[i], ref expectedY[i]);
        }

        transform.ApplyInPlace(x.AsSpan(), y.AsSpan());

        Assert.Equal(Bits(expectedX), Bits(x));
        Assert.Equal(Bits(expectedY), Bits(y));
    }

    [Fact]
    public void TransformBatch_SeveralChunks_IsBitIdenticalToSinglePoints()
    {
        var transform = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf("render-python/thin_plate_spline_affine.json"));
        var (x, y) = RandomPoints(TransformBatch.ChunkSize + 1001, seed: 11);
        var expectedX = x.ToArray();
        var expectedY = y.ToArray();
        for (var i = 0; i < x.Length; i++)
        {
            transform.ApplyInPlace(ref expectedX[i], ref expectedY[i]);
        }

        TransformBatch.ApplyInPlace(transform, x, y);

        Assert.Equal(Bits(expectedX), Bits(x));
        Assert.Equal(Bits(expectedY), Bits(y));
    }

    [Fact]
    public void ApplyInPlace_OnLandmarks_AgreesWithMathLogEvaluationTo1e12()
    {
        // The kernel's logarithm (Vector256.Log) is within a few ulp of Math.Log; the spline's
        // sums must stay within 1e-12 (relative) of a plain scalar evaluation with Math.Log.
        var transform = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf("render-python/thin_plate_spline_affine.json"));
        var (x, y) = RandomPoints(200, seed: 3);
        x[0] = transform.SourceX[5];
        y[0] = transform.SourceY[5];

        for (var i = 0; i < x.Length; i++)
        {
            var (referenceX, referenceY) = MathLogEvaluation(transform, x[i], y[i]);
            transform.ApplyInPlace(ref x[i], ref y[i]);
            Assert.Equal(referenceX, x[i], 1e-12 * Math.Abs(referenceX));
            Assert.Equal(referenceY, y[i], 1e-12 * Math.Abs(referenceY));
        }
    }

    [Fact]
    public void ApplyInPlace_NoLandmarksNoAffine_IsTheIdentity()
    {
        // render-python's test_thinplatespline_apply.
        var transform = new ThinPlateSplineTransform([], [], [], []);
        double[] x = [1.5, -7, 1e6], y = [2, 0, -3.25];

        transform.ApplyInPlace(x.AsSpan(), y.AsSpan());

        Assert.Equal([1.5, -7, 1e6], x);
        Assert.Equal([2, 0, -3.25], y);
    }

    [Fact]
    public void ApplyInPlace_AffineOnly_IsAPlusIdentityThenTranslation()
    {
        var transform = new ThinPlateSplineTransform([], [], [], [], [0.1, 0.2, -0.3, 0.05, 7, -9]);
        double x = 10, y = 20;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(10 + 1 + 4 + 7, x, 12);
        Assert.Equal(20 - 3 + 1 - 9, y, 12);
    }

    [Fact]
    public void ApplyInPlaceBatch_MismatchedSpans_Throws()
    {
        var transform = new ThinPlateSplineTransform([], [], [], []);

        Assert.Throws<ArgumentException>(() => transform.ApplyInPlace(new double[2].AsSpan(), new double[3].AsSpan()));
    }

    private static (double[] X, double[] Y) RandomPoints(int count, int seed)
    {
        var random = new Random(seed);
        return (Enumerable.Range(0, count).Select(_ => random.NextDouble() * 3840).ToArray(),
                Enumerable.Range(0, count).Select(_ => random.NextDouble() * 3840).ToArray());
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    /// <summary>jitk's forward map written out with Math.Log, one landmark at a time.</summary>
    private static (double X, double Y) MathLogEvaluation(ThinPlateSplineTransform transform, double x, double y)
    {
        double sumX = 0, sumY = 0;
        for (var l = 0; l < transform.LandmarkCount; l++)
        {
            var dx = transform.SourceX[l] - x;
            var dy = transform.SourceY[l] - y;
            var r = Math.Sqrt((dx * dx) + (dy * dy));
            var u = r > 1e-8 ? r * r * Math.Log(r) : 0;
            sumX += u * transform.WeightsX[l];
            sumY += u * transform.WeightsY[l];
        }

        var a = transform.Affine;
        return (sumX + (a[0] * x) + (a[1] * y) + (a[4] + x), sumY + (a[2] * x) + (a[3] * y) + (a[5] + y));
    }
}
