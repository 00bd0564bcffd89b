using Render.Geometry.Fitting;
using Render.Geometry.Transforms;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 4, transforms on the client: render-python's <c>AffineModel.estimate</c> (fitting from
/// point pairs), <c>TransformList</c> and <c>estimate_dstpts</c> (a chain of transforms applied to
/// points) and <c>estimate_transformsum</c> (a chain collapsed into one transform). No server needed.
/// </summary>
public static class TransformMathChapter
{
    /// <summary>
    /// How closely the collapsed polynomial follows the chain it replaces, in pixels. An affine after
    /// an order-2 polynomial is itself an order-2 polynomial, so the fit is exact but for rounding
    /// (about 1e-12 px on a 2048-pixel tile).
    /// </summary>
    public const double CollapseTolerance = 1e-9;

    /// <summary>Fits an affine, chains a distortion with a placement, and collapses both kinds of chain.</summary>
    public static TransformMath Run(TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 4. Transforms: fit, chain, collapse");

        var (pairs, fitted) = FitAffine(log);
        var (sampleX, sampleY) = SampleGrid(AcquisitionGrid.TileSize, 11);

        // A tile's transforms apply in order: first a lens-like distortion of the raw image (an
        // order-2 polynomial here), then the affine that places the tile in the world.
        var distortion = new PolynomialTransform2D(2, [0, 1, 0, 2e-6, -1e-6, 1e-6], [0, 0, 1, -1e-6, 2e-6, 1e-6]);
        var chain = new ListTransformSpec([LeafTransformSpec.Of(distortion), LeafTransformSpec.Of(fitted)]);

        // renderapi.transform.estimate_dstpts(tforms, src): where the chain sends the tile's corner.
        double[] cornerX = [AcquisitionGrid.TileSize], cornerY = [AcquisitionGrid.TileSize];
        chain.MapPointsInPlace(cornerX, cornerY);
        log.WriteLine($"the chain sends the corner ({AcquisitionGrid.TileSize}, {AcquisitionGrid.TileSize}) to ({cornerX[0]:F3}, {cornerY[0]:F3})");

        // renderapi.transform.estimate_transformsum(tforms, src, order=2): not every part is affine,
        // so the chain is replaced by a polynomial fitted to where it sends the sample points.
        var chainTransform = chain.BuildTransformList();
        var collapsed = TransformCollapse.Collapse(chainTransform, sampleX, sampleY, order: 2);
        log.WriteLine($"collapsed into {LeafTransformSpec.Of(collapsed).ClassName}, off by at most {MaxDistance(chainTransform, collapsed, sampleX, sampleY):E1} px on {sampleX.Length} samples");

        // A chain of affines (a rotation of the section, then the placement) composes exactly: no fit.
        var (sin, cos) = Math.SinCos(0.3 * Math.PI / 180);
        var rotation = new AffineModel2D(cos, sin, -sin, cos, 0, 0);
        var affineChain = new ListTransformSpec([LeafTransformSpec.Of(rotation), LeafTransformSpec.Of(fitted)]);
        var composed = AffineComposition.TryCompose(affineChain.BuildTransform())
            ?? throw new InvalidOperationException("a chain of affines always composes");
        log.WriteLine($"rotation then placement composed into one AffineModel2D: {composed.ToDataString()}");
        log.WriteLine($"the distortion chain does not compose ({AffineComposition.TryCompose(chainTransform)?.ToString() ?? "null"}): that is why it was fitted");

        return new TransformMath(pairs, fitted, chain, collapsed, affineChain, composed, sampleX, sampleY);
    }

    /// <summary>
    /// render-python's <c>AffineModel().estimate(src, dst)</c>: six point pairs that a known affine
    /// relates, and the affine fitted back from them (mpicbg's closed-form least squares).
    /// </summary>
    public static (PointPairs Pairs, AffineModel2D Fitted) FitAffine(TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var truth = new AffineModel2D(0.98, 0.05, -0.04, 1.02, 120.5, -33.25);
        double[] px = [0, 2048, 0, 2048, 1024, 300];
        double[] py = [0, 0, 2048, 2048, 1024, 1700];
        double[] qx = [.. px], qy = [.. py];
        truth.ApplyInPlace(qx, qy);

        var pairs = new PointPairs(px, py, qx, qy);
        var fitted = AffineModel2D.Fit(pairs);
        log.WriteLine($"fitted {AffineModel2D.JavaClassName} '{fitted.ToDataString()}' to {pairs.Count} point pairs");
        return (pairs, fitted);
    }

    /// <summary>An n × n grid of points spanning [0, size] in x and y.</summary>
    public static (double[] X, double[] Y) SampleGrid(double size, int n)
    {
        var x = new double[n * n];
        var y = new double[n * n];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = size * (i % n) / (n - 1);
            y[i] = size * (i / n) / (n - 1);
        }

        return (x, y);
    }

    /// <summary>The largest distance between where <paramref name="a"/> and <paramref name="b"/> send the points.</summary>
    public static double MaxDistance(ICoordinateTransform a, ICoordinateTransform b, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double[] ax = x.ToArray(), ay = y.ToArray(), bx = x.ToArray(), by = y.ToArray();
        a.ApplyInPlace(ax.AsSpan(), ay.AsSpan());
        b.ApplyInPlace(bx.AsSpan(), by.AsSpan());
        var max = 0.0;
        for (var i = 0; i < ax.Length; i++)
        {
            max = Math.Max(max, Math.Sqrt(((ax[i] - bx[i]) * (ax[i] - bx[i])) + ((ay[i] - by[i]) * (ay[i] - by[i]))));
        }

        return max;
    }
}
