namespace Render.Alignment.Problem;

/// <summary>
/// The weighted second moments of one tile pair's matches in the two tiles' frames: with
/// p̃ = (p̂x, p̂y, 1) and q̃ likewise, P = Σ w p̃p̃ᵀ, Q = Σ w q̃q̃ᵀ, X = Σ w p̃q̃ᵀ (row-major 3×3
/// each, 27 values a pair). The pair's whole least-squares term Σ w |A_p p̃ − A_q q̃|² is a
/// quadratic form in these, so the points are read once and never again by the solve.
/// </summary>
internal static class PairMoments
{
    public const int Stride = 27;
    public const int POffset = 0;
    public const int QOffset = 9;
    public const int XOffset = 18;

    /// <summary>Accumulates one match into <paramref name="m"/> (a pair's 27 values).</summary>
    public static void Add(Span<double> m, double px, double py, double qx, double qy, double w)
    {
        AddOuter(m[POffset..], px, py, px, py, w);
        AddOuter(m[QOffset..], qx, qy, qx, qy, w);
        AddOuter(m[XOffset..], px, py, qx, qy, w);
    }

    /// <summary>Adds w·(a, b, 1)(c, d, 1)ᵀ to a row-major 3×3.</summary>
    public static void AddOuter(Span<double> m, double a, double b, double c, double d, double w)
    {
        var wa = w * a;
        var wb = w * b;
        m[0] += wa * c;
        m[1] += wa * d;
        m[2] += wa;
        m[3] += wb * c;
        m[4] += wb * d;
        m[5] += wb;
        m[6] += w * c;
        m[7] += w * d;
        m[8] += w;
    }

    /// <summary>
    /// True when the points of a symmetric moment matrix (P or Q) lie on one line: the smaller
    /// eigenvalue of their weighted covariance is below 1e-10 of the larger (or both are zero).
    /// </summary>
    public static bool IsCollinear(ReadOnlySpan<double> m) => CovarianceEigenvalues(m) is var (small, large) && small <= 1e-10 * large;

    /// <summary>True when all points of a symmetric moment matrix coincide.</summary>
    public static bool IsCoincident(ReadOnlySpan<double> m) => CovarianceEigenvalues(m).Large <= 1e-20;

    private static (double Small, double Large) CovarianceEigenvalues(ReadOnlySpan<double> m)
    {
        var w = m[8];
        if (w <= 0)
        {
            return (0, 0);
        }

        var mx = m[2] / w;
        var my = m[5] / w;
        var cxx = (m[0] / w) - (mx * mx);
        var cxy = (m[1] / w) - (mx * my);
        var cyy = (m[4] / w) - (my * my);
        var half = (cxx + cyy) / 2;
        var root = Math.Sqrt(Math.Max(0, (((cxx - cyy) / 2) * ((cxx - cyy) / 2)) + (cxy * cxy)));
        return (Math.Max(0, half - root), Math.Max(0, half + root));
    }
}
