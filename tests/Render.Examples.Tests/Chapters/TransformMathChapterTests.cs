using Render.Examples.Chapters;
using Render.Geometry.Transforms;

namespace Render.Examples.Tests.Chapters;

public sealed class TransformMathChapterTests
{
    private readonly TransformMath _math = TransformMathChapter.Run(TextWriter.Null);

    [Fact]
    public void Run_FittedAffine_ReproducesItsPointsTo1e9()
    {
        var pairs = _math.Pairs;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (x, y) = (pairs.Px[i], pairs.Py[i]);
            _math.Fitted.ApplyInPlace(ref x, ref y);

            Assert.Equal(pairs.Qx[i], x, 1e-9);
            Assert.Equal(pairs.Qy[i], y, 1e-9);
        }
    }

    [Fact]
    public void Run_DistortionChain_IsCollapsedIntoAPolynomialWithinTheTolerance()
    {
        var chain = _math.Chain.BuildTransformList();

        // On the samples it was fitted to, and on points between them it never saw.
        var (betweenX, betweenY) = TransformMathChapter.SampleGrid(AcquisitionGrid.TileSize - 100, 7);
        for (var i = 0; i < betweenX.Length; i++)
        {
            (betweenX[i], betweenY[i]) = (betweenX[i] + 50, betweenY[i] + 50);
        }

        Assert.IsType<PolynomialTransform2D>(_math.Collapsed);
        Assert.Equal(2, Assert.IsType<PolynomialTransform2D>(_math.Collapsed).Order);
        Assert.InRange(TransformMathChapter.MaxDistance(chain, _math.Collapsed, _math.SampleX, _math.SampleY), 0, TransformMathChapter.CollapseTolerance);
        Assert.InRange(TransformMathChapter.MaxDistance(chain, _math.Collapsed, betweenX, betweenY), 0, TransformMathChapter.CollapseTolerance);
    }

    [Fact]
    public void Run_DistortionChain_IsNotAffineAndMovesPoints()
    {
        var chain = _math.Chain.BuildTransformList();

        Assert.Null(AffineComposition.TryCompose(chain));
        Assert.InRange(TransformMathChapter.MaxDistance(chain, _math.Fitted, _math.SampleX, _math.SampleY), 1, double.MaxValue);
    }

    [Fact]
    public void Run_AffineChain_ComposesIntoOneAffineExactly()
    {
        var chain = _math.AffineChain.BuildTransformList();

        Assert.InRange(TransformMathChapter.MaxDistance(chain, _math.Composed, _math.SampleX, _math.SampleY), 0, 1e-9);
        Assert.Equal(_math.Composed, TransformCollapse.Collapse(chain, _math.SampleX, _math.SampleY));
        Assert.NotEqual(_math.Fitted, _math.Composed);
    }

    [Fact]
    public void SampleGrid_NByN_SpansTheSquareCornerToCorner()
    {
        var (x, y) = TransformMathChapter.SampleGrid(2048, 11);

        Assert.Equal(121, x.Length);
        Assert.Equal((0.0, 0.0), (x[0], y[0]));
        Assert.Equal((2048.0, 2048.0), (x[^1], y[^1]));
        Assert.Equal((204.8, 0.0), (x[1], y[1]));
    }
}
