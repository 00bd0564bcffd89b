using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class HomographyModel2DTests
{
    private static readonly HomographyModel2D Sample = new(1.2, 0.1, 5, -0.05, 0.9, -3, 1e-4, -2e-4, 1);

    [Fact]
    public void ToDataString_RowMajorWithTrailingSpace()
    {
        Assert.Equal("1.2 0.1 5.0 -0.05 0.9 -3.0 1.0E-4 -2.0E-4 1.0 ", Sample.ToDataString());
        Assert.Equal(Sample.ToDataString(), HomographyModel2D.Parse(Sample.ToDataString()).ToDataString());
    }

    [Fact]
    public void ApplyInverse_UndoesApply()
    {
        double x = 120, y = -40;

        Sample.ApplyInPlace(ref x, ref y);
        Sample.ApplyInverseInPlace(ref x, ref y);

        Assert.Equal((120.0, -40.0), (x, y), new TupleToleranceComparer(1e-9));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(30)]
    public void Fit_ExactPairs_ReproducesTheMap(int count)
    {
        var (px, py) = AffineModel2DTests.RandomPoints(count, 100);
        var (qx, qy) = (px.ToArray(), py.ToArray());
        for (var i = 0; i < count; i++)
        {
            Sample.ApplyInPlace(ref qx[i], ref qy[i]);
        }

        var fitted = HomographyModel2D.Fit(new PointPairs(px, py, qx, qy));

        for (var i = 0; i < count; i++)
        {
            double x = px[i], y = py[i];
            fitted.ApplyInPlace(ref x, ref y);
            Assert.Equal((qx[i], qy[i]), (x, y), new TupleToleranceComparer(1e-7));
        }
    }

    [Fact]
    public void Fit_TooFewOrDegeneratePairs_SaysWhy()
    {
        Assert.Equal("a homography model needs at least 4 point pairs, got 3",
            Assert.Throws<FitException>(() => HomographyModel2D.Fit(new PointPairs([0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]))).Message);
        Assert.Contains("degenerate",
            Assert.Throws<FitException>(() => HomographyModel2D.Fit(new PointPairs([0, 1, 2, 3], [0, 0, 0, 0], [0, 1, 2, 3], [1, 1, 1, 1]))).Message,
            StringComparison.Ordinal);
    }
}
