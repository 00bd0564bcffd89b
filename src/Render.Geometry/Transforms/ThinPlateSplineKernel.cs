using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Render.Geometry.Transforms;

/// <summary>
/// The thin-plate-spline radial basis U(r) = r·r·ln r (0 for r ≤ 1e-8), evaluated as jitk's
/// <c>r2Logr(Math.sqrt(normSqrd(d)))</c>: r = √(dx·dx + dy·dy), then (r·r)·ln r.
/// </summary>
/// <remarks>
/// Every caller (single-point apply, batch apply, the fit's kernel matrix) goes through the
/// four-lane form so that they share one logarithm, <see cref="Vector256.Log(Vector256{double})"/>:
/// the paths then agree bit for bit. That logarithm is within 3 ulp of <see cref="Math.Log(double)"/>
/// (measured over 2·10⁷ arguments between 10⁻¹⁰ and 10¹⁴; it differs in about 2.6 % of them); Java's
/// <c>Math.log</c> is not bit-identical to either, so the reference itself is only reproducible to
/// a few ulp here.
/// </remarks>
internal static class ThinPlateSplineKernel
{
    /// <summary>jitk's <c>EPS</c>: below this distance a landmark contributes nothing.</summary>
    public const double Epsilon = 1e-8;

    /// <summary>U at four displacements (landmark minus point), lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Evaluate(Vector256<double> dx, Vector256<double> dy)
    {
        var r = Vector256.Sqrt((dx * dx) + (dy * dy));
        var u = r * r * Vector256.Log(r);

        // A comparison with NaN is false, so r = NaN gives 0 as jitk's "if (r > EPS)" does.
        return Vector256.ConditionalSelect(Vector256.GreaterThan(r, Vector256.Create(Epsilon)), u, Vector256<double>.Zero);
    }

    /// <summary>
    /// U between the point (<paramref name="x"/>, <paramref name="y"/>) and landmarks
    /// <paramref name="start"/> to <paramref name="start"/> + 3 (fewer at the end of the arrays;
    /// missing lanes are 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> EvaluateFour(ReadOnlySpan<double> landmarkX, ReadOnlySpan<double> landmarkY, int start, double x, double y)
    {
        var available = landmarkX.Length - start;
        Vector256<double> lx, ly;
        if (available >= Vector256<double>.Count)
        {
            lx = Vector256.Create(landmarkX.Slice(start, Vector256<double>.Count));
            ly = Vector256.Create(landmarkY.Slice(start, Vector256<double>.Count));
        }
        else
        {
            Span<double> bufferX = stackalloc double[Vector256<double>.Count];
            Span<double> bufferY = stackalloc double[Vector256<double>.Count];
            bufferX.Fill(x);
            bufferY.Fill(y);
            landmarkX[start..].CopyTo(bufferX);
            landmarkY[start..].CopyTo(bufferY);
            lx = Vector256.Create(bufferX);
            ly = Vector256.Create(bufferY);
        }

        return Evaluate(lx - Vector256.Create(x), ly - Vector256.Create(y));
    }
}
