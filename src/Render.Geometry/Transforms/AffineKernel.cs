using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Render.Geometry.Transforms;

/// <summary>
/// The batch kernel of every linear 2-D map: x' = (x·a00 + y·a01) + a02, y' = (x·a10 + y·a11) + a12,
/// in that evaluation order and without fused multiply-add, so that the vectorised lanes give
/// exactly the results of the scalar expression (render's AffineModel2D.applyInPlace).
/// </summary>
internal static class AffineKernel
{
    public static void Apply(Span<double> x, Span<double> y, double a00, double a01, double a02, double a10, double a11, double a12)
    {
        RequireSameLength(x, y);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= Vector256<double>.Count)
        {
            var v00 = Vector256.Create(a00);
            var v01 = Vector256.Create(a01);
            var v02 = Vector256.Create(a02);
            var v10 = Vector256.Create(a10);
            var v11 = Vector256.Create(a11);
            var v12 = Vector256.Create(a12);
            ref var xs = ref MemoryMarshal.GetReference(x);
            ref var ys = ref MemoryMarshal.GetReference(y);
            for (; i <= x.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var vx = Vector256.LoadUnsafe(ref xs, (nuint)i);
                var vy = Vector256.LoadUnsafe(ref ys, (nuint)i);
                ((vx * v00) + (vy * v01) + v02).StoreUnsafe(ref xs, (nuint)i);
                ((vx * v10) + (vy * v11) + v12).StoreUnsafe(ref ys, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            Apply(ref x[i], ref y[i], a00, a01, a02, a10, a11, a12);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply(ref double x, ref double y, double a00, double a01, double a02, double a10, double a11, double a12)
    {
        var x0 = x;
        x = (x0 * a00) + (y * a01) + a02;
        y = (x0 * a10) + (y * a11) + a12;
    }

    public static void RequireSameLength(Span<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }
    }
}
