using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <content>Fitting, as mpicbg's <c>AffineModel2D.fit</c>.</content>
public sealed partial class AffineModel2D
{
    /// <summary>The fewest pairs an affine fit needs.</summary>
    public const int MinimumPairs = 3;

    /// <summary>
    /// The weighted least-squares affine map p → q, by mpicbg's closed form on weighted
    /// centroids (not a general solver: the results match render's bit for bit).
    /// </summary>
    /// <exception cref="FitException">Fewer than 3 pairs, or the points are collinear.</exception>
    public static AffineModel2D Fit(PointPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(MinimumPairs, "an affine model");
        return Fit(pairs.Px, pairs.Py, pairs.Qx, pairs.Qy, pairs.Weights)
            ?? throw new FitException("an affine model cannot be fitted to these points: they are collinear (the system is ill-defined)");
    }

    /// <summary>
    /// The fit on raw spans, or null when the points are ill-defined (used by meshes, moving least
    /// squares and the renderer's per-triangle affines, which must not allocate point pairs).
    /// </summary>
    public static AffineModel2D? Fit(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        var (pcx, pcy, qcx, qcy) = WeightedCentroids.Of(px, py, qx, qy, w);

        double a00 = 0, a01 = 0, a11 = 0, b00 = 0, b01 = 0, b10 = 0, b11 = 0;
        for (var i = 0; i < px.Length; i++)
        {
            var ww = w[i];
            var x1 = px[i] - pcx;
            var y1 = py[i] - pcy;
            var x2 = qx[i] - qcx;
            var y2 = qy[i] - qcy;
            a00 += ww * x1 * x1;
            a01 += ww * x1 * y1;
            a11 += ww * y1 * y1;
            b00 += ww * x1 * x2;
            b01 += ww * x1 * y2;
            b10 += ww * y1 * x2;
            b11 += ww * y1 * y2;
        }

        var det = (a00 * a11) - (a01 * a01);
        if (det == 0)
        {
            return null;
        }

        var m00 = ((a11 * b00) - (a01 * b10)) / det;
        var m01 = ((a00 * b10) - (a01 * b00)) / det;
        var m10 = ((a11 * b01) - (a01 * b11)) / det;
        var m11 = ((a00 * b11) - (a01 * b01)) / det;
        var m02 = qcx - (m00 * pcx) - (m01 * pcy);
        var m12 = qcy - (m10 * pcx) - (m11 * pcy);
        return new AffineModel2D(m00, m10, m01, m11, m02, m12);
    }
}
