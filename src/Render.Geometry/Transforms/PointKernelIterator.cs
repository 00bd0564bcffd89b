using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// Runs an <see cref="IPointKernel"/> on one point or on spans of points. Spans go four points at a time
/// through 256-bit vectors (when the hardware has them and the kernel's parameters and scratch fit on
/// the stack) and the remainder point by point; every lane does the scalar operations, so the results
/// are bitwise those of the single-point path.
/// </summary>
internal static class PointKernelIterator
{
    // Parameters and scratch are kept on the stack up to these many lanes (32 KB and 8 KB of vectors).
    private const int ParameterLaneLimit = 1024;
    private const int ScratchLaneLimit = 256;

    /// <summary>Maps one point in place.</summary>
    public static void ApplyInPlace<TKernel>(in TKernel kernel, ref double x, ref double y)
        where TKernel : struct, IPointKernel
    {
        Span<DoubleLane> scratch = kernel.ScratchLength <= ScratchLaneLimit ? stackalloc DoubleLane[kernel.ScratchLength] : new DoubleLane[kernel.ScratchLength];
        var parameters = MemoryMarshal.Cast<double, DoubleLane>(kernel.Parameters);
        var (u, v) = kernel.Map(new DoubleLane(x), new DoubleLane(y), parameters, scratch);
        x = u.Value;
        y = v.Value;
    }

    /// <summary>Maps every point (x[i], y[i]) in place.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void ApplyInPlace<TKernel>(in TKernel kernel, Span<double> x, Span<double> y)
        where TKernel : struct, IPointKernel
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        var i = 0;
        if (Vector256.IsHardwareAccelerated && kernel.Parameters.Length <= ParameterLaneLimit && kernel.ScratchLength <= ScratchLaneLimit)
        {
            i = ApplyVectorised(kernel, x, y);
        }

        for (; i < x.Length; i++)
        {
            ApplyInPlace(kernel, ref x[i], ref y[i]);
        }
    }

    /// <summary>Maps whole groups of four points; returns how many points it mapped.</summary>
    private static int ApplyVectorised<TKernel>(in TKernel kernel, Span<double> xs, Span<double> ys)
        where TKernel : struct, IPointKernel
    {
        var source = kernel.Parameters;
        Span<Vector256Lanes> parameters = stackalloc Vector256Lanes[source.Length];
        for (var k = 0; k < source.Length; k++)
        {
            parameters[k] = Vector256Lanes.Broadcast(source[k]);
        }

        Span<Vector256Lanes> scratch = stackalloc Vector256Lanes[kernel.ScratchLength];
        ref var xRef = ref MemoryMarshal.GetReference(xs);
        ref var yRef = ref MemoryMarshal.GetReference(ys);
        var end = xs.Length - (xs.Length % Vector256<double>.Count);
        for (var i = 0; i < end; i += Vector256<double>.Count)
        {
            var x = new Vector256Lanes(Vector256.LoadUnsafe(ref xRef, (nuint)i));
            var y = new Vector256Lanes(Vector256.LoadUnsafe(ref yRef, (nuint)i));
            var (u, v) = kernel.Map(x, y, parameters, scratch);
            u.Value.StoreUnsafe(ref xRef, (nuint)i);
            v.Value.StoreUnsafe(ref yRef, (nuint)i);
        }

        return end;
    }
}
