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

        if (!TrySolve(new Moments(a00, a01, a11, b00, b01, b10, b11), pcx, pcy, qcx, qcy, out var m))
        {
            return null;
        }

        return new AffineModel2D(m.M00, m.M10, m.M01, m.M11, m.M02, m.M12);
    }

    /// <summary>
    /// mpicbg's closed form from the centred, weighted moments and the centroids to the matrix;
    /// false when the determinant is 0 (the points are collinear).
    /// </summary>
    internal static bool TrySolve(in Moments a, double pcx, double pcy, double qcx, double qcy, out (double M00, double M01, double M02, double M10, double M11, double M12) matrix)
    {
        var det = (a.A00 * a.A11) - (a.A01 * a.A01);
        if (det == 0)
        {
            matrix = default;
            return false;
        }

        var m00 = ((a.A11 * a.B00) - (a.A01 * a.B10)) / det;
        var m01 = ((a.A00 * a.B10) - (a.A01 * a.B00)) / det;
        var m10 = ((a.A11 * a.B01) - (a.A01 * a.B11)) / det;
        var m11 = ((a.A00 * a.B11) - (a.A01 * a.B01)) / det;
        matrix = (m00, m01, qcx - (m00 * pcx) - (m01 * pcy), m10, m11, qcy - (m10 * pcx) - (m11 * pcy));
        return true;
    }

    /// <summary>The centred, weighted moments of an affine fit: Σw·x1·x1, Σw·x1·y1, Σw·y1·y1, Σw·x1·x2, Σw·x1·y2, Σw·y1·x2, Σw·y1·y2.</summary>
    internal readonly record struct Moments(double A00, double A01, double A11, double B00, double B01, double B10, double B11);
}
