using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class AffineModel2DTests
{
    // One of the affines of render-app's tile_with_only_affine_transforms.json.
    private const string TileAffine = "0.99414426 -0.057523947 0.05564594 1.0000075 1108.6772 2104.6455";

    private static readonly AffineModel2D Sample = new(0.9, -0.2, 0.3, 0.85, 245.3, -234.1);

    [Fact]
    public void Parse_DataString_ReadsColumnOrder()
    {
        var model = AffineModel2D.Parse(TileAffine);

        Assert.Equal([0.99414426, -0.057523947, 0.05564594, 1.0000075, 1108.6772, 2104.6455], model.ToArray());
    }

    [Theory]
    [InlineData("1  0  0  1  0  0", "1.0 0.0 0.0 1.0 0.0 0.0")]
    [InlineData("1 0 0 1 0 0 ", "1.0 0.0 0.0 1.0 0.0 0.0")]
    [InlineData(TileAffine, TileAffine)]
    [InlineData("2.0E7 1.0E-5 0 1 -3 4", "2.0E7 1.0E-5 0.0 1.0 -3.0 4.0")]
    public void ToDataString_IsJavaFormatted(string input, string expected)
    {
        Assert.Equal(expected, AffineModel2D.Parse(input).ToDataString());
    }

    [Theory]
    [InlineData("1 0 0 1 0")]
    [InlineData("1 0 0 1 0 0 0")]
    [InlineData(" 1 0 0 1 0 0")]
    [InlineData("1 0 0 1 0 x")]
    [InlineData("")]
    public void Parse_NotSixJavaDoubles_IsRefused(string dataString)
    {
        var error = Assert.Throws<TransformDataException>(() => AffineModel2D.Parse(dataString));

        Assert.StartsWith("invalid dataString for mpicbg.trakem2.transform.AffineModel2D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyInPlace_UsesRendersExpression()
    {
        double x = 30, y = 40;

        Sample.ApplyInPlace(ref x, ref y);

        Assert.Equal((30 * 0.9) + (40 * 0.3) + 245.3, x);
        Assert.Equal((30 * -0.2) + (40 * 0.85) + -234.1, y);
    }

    [Fact]
    public void ApplyInPlace_Batch_EqualsScalarBitForBit()
    {
        var (xs, ys) = RandomPoints(1003, 1e4);
        var (ex, ey) = (xs.ToArray(), ys.ToArray());
        for (var i = 0; i < ex.Length; i++)
        {
            Sample.ApplyInPlace(ref ex[i], ref ey[i]);
        }

        Sample.ApplyInPlace(xs.AsSpan(), ys.AsSpan());

        Assert.Equal(ex, xs);
        Assert.Equal(ey, ys);
    }

    [Fact]
    public void ApplyInverseInPlace_UndoesApply()
    {
        var (xs, ys) = RandomPoints(100, 1e4);
        var (x0, y0) = (xs.ToArray(), ys.ToArray());

        Sample.ApplyInPlace(xs.AsSpan(), ys.AsSpan());
        Sample.ApplyInverseInPlace(xs.AsSpan(), ys.AsSpan());

        for (var i = 0; i < xs.Length; i++)
        {
            Assert.Equal(x0[i], xs[i], 1e-9);
            Assert.Equal(y0[i], ys[i], 1e-9);
        }
    }

    [Fact]
    public void ApplyInverseInPlace_Singular_Throws()
    {
        var singular = new AffineModel2D(1, 2, 2, 4, 0, 0);
        double x = 1, y = 1;

        Assert.False(singular.IsInvertible);
        Assert.Throws<NoninvertibleTransformException>(() => singular.ApplyInverseInPlace(ref x, ref y));
        Assert.Throws<NoninvertibleTransformException>(() => singular.CreateInverse());
    }

    [Fact]
    public void Concatenate_AppliesTheArgumentFirst()
    {
        // render-python's test_transformsum_affine_concatenate chain: am4(am3(am2(am1(p)))).
        var am1 = Sample;
        var am2 = new AffineModel2D(0.9, -0.2, 0.3, 0.85, -100, 3);
        var am3 = new AffineModel2D(1.9, -0.2, 0.3, 1.85, -25.3, 60.1);
        var am4 = new AffineModel2D(0.9, -0.2, 0.3, 0.85, 2.3, 100.1);

        var composed = am4.Concatenate(am3.Concatenate(am2)).Concatenate(am1);

        double x = 0.25, y = 0.75, ex = x, ey = y;
        foreach (var model in new[] { am1, am2, am3, am4 })
        {
            model.ApplyInPlace(ref ex, ref ey);
        }

        composed.ApplyInPlace(ref x, ref y);
        Assert.Equal(ex, x, 1e-9);
        Assert.Equal(ey, y, 1e-9);
        Assert.Equal(composed.ToArray(), am1.PreConcatenate(am2).PreConcatenate(am3).PreConcatenate(am4).ToArray(), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void CreateInverse_ComposesToIdentity()
    {
        var identity = Sample.CreateInverse().Concatenate(Sample);

        Assert.Equal(AffineModel2D.Identity.ToArray(), identity.ToArray(), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Fit_ExactPoints_RecoversTheModel()
    {
        var (px, py) = RandomPoints(10, 1);
        var (qx, qy) = (px.ToArray(), py.ToArray());
        Sample.ApplyInPlace(qx.AsSpan(), qy.AsSpan());

        var fitted = AffineModel2D.Fit(new PointPairs(px, py, qx, qy));

        // render-python's test_affine_random tolerance is 1e-10 on the parameters.
        Assert.Equal(Sample.ToArray(), fitted.ToArray(), new ToleranceComparer(1e-10));
    }

    [Fact]
    public void Fit_TooFewOrCollinearPoints_SaysWhy()
    {
        var two = Assert.Throws<FitException>(() => AffineModel2D.Fit(new PointPairs([0, 1], [0, 1], [0, 1], [0, 1])));
        var collinear = Assert.Throws<FitException>(() => AffineModel2D.Fit(new PointPairs([0, 1, 2], [0, 1, 2], [0, 1, 2], [5, 6, 7])));

        Assert.Equal("an affine model needs at least 3 point pairs, got 2", two.Message);
        Assert.Contains("collinear", collinear.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PointPairs_MismatchedSizes_AreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PointPairs([0, 1, 2], [0, 1, 2], [0, 1], [5, 6]));

        Assert.StartsWith("mismatched point counts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ShearAxis.X, 0.0)]
    [InlineData(ShearAxis.X, 0.1234)]
    [InlineData(ShearAxis.Y, 0.0)]
    [InlineData(ShearAxis.Y, 0.1234)]
    public void Decompose_ScaleShearRotation_IsRecovered(ShearAxis axis, double theta)
    {
        // render-python's test_affine_properties: M = S(1.5, 1.1) · H(cx, cy) · R(theta).
        const double sx = 1.5, sy = 1.1;
        var (cx, cy) = axis == ShearAxis.X ? (0.3, 0.0) : (0.0, -0.4);
        var (sin, cos) = (Math.Sin(theta), Math.Cos(theta));
        double h00 = sx, h01 = sx * cx, h10 = sy * cy, h11 = sy;
        var model = new AffineModel2D(
            (h00 * cos) + (h01 * sin), (h10 * cos) + (h11 * sin), (-h00 * sin) + (h01 * cos), (-h10 * sin) + (h11 * cos), 7, -9);

        var d = model.Decompose(axis);

        Assert.Equal(sx, d.ScaleX, 1e-8);
        Assert.Equal(sy, d.ScaleY, 1e-8);
        Assert.Equal(cx, d.ShearX, 1e-8);
        Assert.Equal(cy, d.ShearY, 1e-8);
        Assert.Equal(theta, d.Rotation, 1e-8);
        Assert.Equal((7.0, -9.0), (d.TranslationX, d.TranslationY));
    }

    internal static (double[] X, double[] Y) RandomPoints(int count, double scale)
    {
        var random = new Random(count);
        return (Enumerable.Range(0, count).Select(_ => random.NextDouble() * scale).ToArray(),
                Enumerable.Range(0, count).Select(_ => random.NextDouble() * scale).ToArray());
    }
}
