using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A projective map (mpicbg's <c>HomographyModel2D</c>): with s = m20·x + m21·y + m22,
/// x' = (m00·x + m01·y + m02)/s and y' = (m10·x + m11·y + m12)/s. The data string lists the nine
/// coefficients row by row and ends with a space, as render writes it.
/// </summary>
/// <remarks>As in mpicbg, the inverse is computed without a determinant check: a singular map gives infinities or NaN.</remarks>
public sealed class HomographyModel2D : IInvertibleCoordinateTransform, IRenderTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.HomographyModel2D";

    /// <summary>The fewest pairs a homography fit needs.</summary>
    public const int MinimumPairs = 4;

    private readonly double[] _m;
    private readonly double[] _i;

    /// <summary>Creates the map from its nine coefficients, row by row.</summary>
    public HomographyModel2D(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21, double m22)
    {
        _m = [m00, m01, m02, m10, m11, m12, m20, m21, m22];
        _i = Invert(_m);
    }

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>The coefficients row by row: m00, m01, m02, m10, m11, m12, m20, m21, m22.</summary>
    public ReadOnlySpan<double> Coefficients => _m;

    /// <summary>Reads nine numbers, row by row.</summary>
    /// <exception cref="TransformDataException">Not nine Java doubles.</exception>
    public static HomographyModel2D Parse(string dataString)
    {
        var v = DataStringFields.ParseDoubles(dataString, 9, JavaClassName);
        return new HomographyModel2D(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /// <inheritdoc/>
    public string ToDataString() => DataStringFields.Join(_m) + " ";

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) => Map(_m, ref x, ref y);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y) => Map(_i, ref x, ref y);

    /// <summary>
    /// The homography p → q: exact through 4 pairs (each quad mapped from the unit square, as
    /// mpicbg), the direct linear transform (smallest singular vector, unweighted, not normalised)
    /// for more. Non-finite coordinates count as 1, as in mpicbg.
    /// </summary>
    /// <exception cref="FitException">Fewer than 4 pairs, or degenerate quads.</exception>
    public static HomographyModel2D Fit(PointPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(MinimumPairs, "a homography model");
        var h = pairs.Count == MinimumPairs ? FitFourPairs(pairs) : FitLinear(pairs);
        return new HomographyModel2D(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";

    private static void Map(double[] m, ref double x, ref double y)
    {
        var s = (m[6] * x) + (m[7] * y) + m[8];
        var t0 = (m[0] * x) + (m[1] * y) + m[2];
        var t1 = (m[3] * x) + (m[4] * y) + m[5];
        x = t0 / s;
        y = t1 / s;
    }

    /// <summary>mpicbg's Matrix3x3 inverse (its determinant term order, no zero check).</summary>
    private static double[] Invert(double[] m)
    {
        var det = (m[0] * m[4] * m[8]) + (m[3] * m[7] * m[2]) + (m[6] * m[1] * m[5])
            - (m[2] * m[4] * m[6]) - (m[5] * m[7] * m[0]) - (m[8] * m[1] * m[3]);
        return
        [
            ((m[4] * m[8]) - (m[5] * m[7])) / det, ((m[2] * m[7]) - (m[1] * m[8])) / det, ((m[1] * m[5]) - (m[2] * m[4])) / det,
            ((m[5] * m[6]) - (m[3] * m[8])) / det, ((m[0] * m[8]) - (m[2] * m[6])) / det, ((m[2] * m[3]) - (m[0] * m[5])) / det,
            ((m[3] * m[7]) - (m[4] * m[6])) / det, ((m[1] * m[6]) - (m[0] * m[7])) / det, ((m[0] * m[4]) - (m[1] * m[3])) / det,
        ];
    }

    private static double[] FitFourPairs(PointPairs pairs)
    {
        var h1 = FitToUnitSquare(pairs.Px, pairs.Py);
        var h2 = FitToUnitSquare(pairs.Qx, pairs.Qy);
        var h1Inverse = Invert(h1);
        if (h1Inverse.Any(value => !double.IsFinite(value)))
        {
            throw new FitException("a homography model cannot be fitted to these points: the source quad is degenerate");
        }

        var m = new double[9];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                m[(3 * r) + c] = (h2[3 * r] * h1Inverse[c]) + (h2[(3 * r) + 1] * h1Inverse[3 + c]) + (h2[(3 * r) + 2] * h1Inverse[6 + c]);
            }
        }

        return m;
    }

    /// <summary>mpicbg's fitToUnitSquare: the homography taking the unit square to the quad (p1, p2, p3, p4).</summary>
    private static double[] FitToUnitSquare(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double x1 = x[0], x2 = x[1], x3 = x[2], x4 = x[3];
        double y1 = y[0], y2 = y[1], y3 = y[2], y4 = y[3];
        var s = ((x2 - x3) * (y4 - y3)) - ((x4 - x3) * (y2 - y3));
        var b20 = (((x1 - x2 + x3 - x4) * (y4 - y3)) - ((y1 - y2 + y3 - y4) * (x4 - x3))) / s;
        var b21 = (((y1 - y2 + y3 - y4) * (x2 - x3)) - ((x1 - x2 + x3 - x4) * (y2 - y3))) / s;
        return
        [
            x2 - x1 + (b20 * x2), x4 - x1 + (b21 * x4), x1,
            y2 - y1 + (b20 * y2), y4 - y1 + (b21 * y4), y1,
            b20, b21, 1,
        ];
    }

    private static double[] FitLinear(PointPairs pairs)
    {
        var a = new double[2 * pairs.Count, 9];
        for (var i = 0; i < pairs.Count; i++)
        {
            double px = Finite(pairs.Px[i]), py = Finite(pairs.Py[i]), qx = Finite(pairs.Qx[i]), qy = Finite(pairs.Qy[i]);
            var r = 2 * i;
            (a[r, 0], a[r, 1], a[r, 2], a[r, 6], a[r, 7], a[r, 8]) = (-px, -py, -1, qx * px, qx * py, qx);
            (a[r + 1, 3], a[r + 1, 4], a[r + 1, 5], a[r + 1, 6], a[r + 1, 7], a[r + 1, 8]) = (-px, -py, -1, qy * px, qy * py, qy);
        }

        var h = JacobiSvd.Of(a).SmallestRightSingularVector();
        if (h.All(value => value == 0) || h.Any(value => !double.IsFinite(value)))
        {
            throw new FitException("a homography model cannot be fitted to these points: they are degenerate");
        }

        return h;
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 1;
}
