using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Render.Geometry.Transforms;

/// <content>
/// The batch path: four points at a time in 256-bit lanes for the affine model (the one render's
/// moving least squares transforms use). Each lane computes its point's weights, centroids and moments
/// with the single-point path's IEEE operations in the same order (no fused multiply-add), and the
/// affine is then solved and applied per point as there, so the results are bitwise those of <see cref="ApplyInPlace(ref double, ref double)"/>. A group
/// with a point on a control point, and the last few points, take the single-point path.
/// </content>
public abstract partial class AbstractMovingLeastSquaresTransform
{
    private const int Lanes = 4;

    /// <summary>Maps every point in place; bitwise equal to the single-point method.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void ApplyInPlace(Span<double> x, Span<double> y)
    {
        AffineKernel.RequireSameLength(x, y);
        var i = 0;
        if (Avx.IsSupported && Model == MovingLeastSquaresModel.Affine && _px.Length >= AffineModel2D.MinimumPairs && x.Length >= Lanes)
        {
            var buffer = ArrayPool<double>.Shared.Rent(Lanes * _px.Length);
            try
            {
                var weights = MemoryMarshal.Cast<double, Vector256<double>>(buffer.AsSpan(0, Lanes * _px.Length));
                for (; i + Lanes <= x.Length; i += Lanes)
                {
                    if (!TryApplyAffineFour(x.Slice(i, Lanes), y.Slice(i, Lanes), weights))
                    {
                        for (var k = i; k < i + Lanes; k++)
                        {
                            ApplyInPlace(ref x[k], ref y[k]);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(buffer);
            }
        }

        for (; i < x.Length; i++)
        {
            ApplyInPlace(ref x[i], ref y[i]);
        }
    }

    /// <summary>
    /// Four points through the weights and <see cref="AffineModel2D.Fit(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    /// in lanes; false, with nothing written, when a point lies on a control point (the single-point
    /// path then returns that control point's target).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryApplyAffineFour(Span<double> xs, Span<double> ys, Span<Vector256<double>> weights)
    {
        var x = Vector256.Create((ReadOnlySpan<double>)xs);
        var y = Vector256.Create((ReadOnlySpan<double>)ys);
        var one = Vector256.Create(1.0);
        var onControlPoint = Vector256<double>.Zero;
        Vector256<double> ws = default, pcx = default, pcy = default, qcx = default, qcy = default;
        ref var px = ref MemoryMarshal.GetArrayDataReference(_px);
        ref var py = ref MemoryMarshal.GetArrayDataReference(_py);
        ref var qx = ref MemoryMarshal.GetArrayDataReference(_qx);
        ref var qy = ref MemoryMarshal.GetArrayDataReference(_qy);
        ref var w = ref MemoryMarshal.GetArrayDataReference(_w);
        ref var ww = ref MemoryMarshal.GetReference(weights);
        var count = _px.Length;
        var isFloat = IsFloat;

        // The weights (ApplyInPlace's loop) and the weighted centroids (WeightedCentroids.Of) in one pass.
        for (nint i = 0; i < count; i++)
        {
            var pxi = Vector256.Create(Unsafe.Add(ref px, i));
            var pyi = Vector256.Create(Unsafe.Add(ref py, i));
            var dx = pxi - x;
            var dy = pyi - y;
            var s = (dx * dx) + (dy * dy);
            onControlPoint |= Vector256.LessThanOrEqual(s, Vector256<double>.Zero);
            var weight = Vector256.Create(Unsafe.Add(ref w, i)) * (one / Power(s));
            if (isFloat)
            {
                weight = Avx.ConvertToVector256Double(Avx.ConvertToVector128Single(weight));
            }

            Unsafe.Add(ref ww, i) = weight;
            ws += weight;
            pcx += weight * pxi;
            pcy += weight * pyi;
            qcx += weight * Vector256.Create(Unsafe.Add(ref qx, i));
            qcy += weight * Vector256.Create(Unsafe.Add(ref qy, i));
        }

        if (onControlPoint != Vector256<double>.Zero)
        {
            return false;
        }

        pcx /= ws;
        pcy /= ws;
        qcx /= ws;
        qcy /= ws;

        // AffineModel2D.Fit's moments.
        Vector256<double> a00 = default, a01 = default, a11 = default, b00 = default, b01 = default, b10 = default, b11 = default;
        for (nint i = 0; i < count; i++)
        {
            var weight = Unsafe.Add(ref ww, i);
            var x1 = Vector256.Create(Unsafe.Add(ref px, i)) - pcx;
            var y1 = Vector256.Create(Unsafe.Add(ref py, i)) - pcy;
            var x2 = Vector256.Create(Unsafe.Add(ref qx, i)) - qcx;
            var y2 = Vector256.Create(Unsafe.Add(ref qy, i)) - qcy;
            var wx1 = weight * x1;
            var wy1 = weight * y1;
            a00 += wx1 * x1;
            a01 += wx1 * y1;
            a11 += wy1 * y1;
            b00 += wx1 * x2;
            b01 += wx1 * y2;
            b10 += wy1 * x2;
            b11 += wy1 * y2;
        }

        // AffineModel2D.Fit's closed form and AffineKernel.Apply, lane by lane (cheap next to the
        // loops above); where the fit fails (det = 0) the point stays.
        for (var k = 0; k < Lanes; k++)
        {
            var moments = new AffineModel2D.Moments(a00[k], a01[k], a11[k], b00[k], b01[k], b10[k], b11[k]);
            if (AffineModel2D.TrySolve(moments, pcx[k], pcy[k], qcx[k], qcy[k], out var m))
            {
                AffineKernel.Apply(ref xs[k], ref ys[k], m.M00, m.M01, m.M02, m.M10, m.M11, m.M12);
            }
        }

        return true;
    }

    /// <summary><see cref="Power(double)"/> in lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<double> Power(Vector256<double> s) => Alpha switch
    {
        2.0 => s * s,
        1.0 => s,
        _ => Vector256.Create(Math.Pow(s[0], Alpha), Math.Pow(s[1], Alpha), Math.Pow(s[2], Alpha), Math.Pow(s[3], Alpha)),
    };
}
