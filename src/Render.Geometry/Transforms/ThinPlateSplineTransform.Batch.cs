using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Render.Geometry.Transforms;

public sealed partial class ThinPlateSplineTransform
{
    private const int Lanes = 4;

    /// <summary>
    /// Maps every point in place. Vectorised over points, eight at a time: each lane sums the
    /// landmarks in the same order, with the same kernel, as the single-point method, so the results
    /// are bit-identical to it.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void ApplyInPlace(Span<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        var i = 0;
        for (; i + (2 * Lanes) <= x.Length; i += 2 * Lanes)
        {
            ApplyEight(x.Slice(i, 2 * Lanes), y.Slice(i, 2 * Lanes));
        }

        if (i < x.Length)
        {
            // The last few points go through the same eight-lane code on a padded copy.
            Span<double> tailX = stackalloc double[2 * Lanes];
            Span<double> tailY = stackalloc double[2 * Lanes];
            tailX.Fill(x[i]);
            tailY.Fill(y[i]);
            x[i..].CopyTo(tailX);
            y[i..].CopyTo(tailY);
            ApplyEight(tailX, tailY);
            tailX[..(x.Length - i)].CopyTo(x[i..]);
            tailY[..(y.Length - i)].CopyTo(y[i..]);
        }
    }

    /// <summary>Eight points as two independent four-lane chains, so the logarithms overlap in the pipeline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplyEight(Span<double> x, Span<double> y)
    {
        var px0 = Vector256.Create(x[..Lanes]);
        var py0 = Vector256.Create(y[..Lanes]);
        var px1 = Vector256.Create(x[Lanes..]);
        var py1 = Vector256.Create(y[Lanes..]);
        var sumX0 = Vector256<double>.Zero;
        var sumY0 = Vector256<double>.Zero;
        var sumX1 = Vector256<double>.Zero;
        var sumY1 = Vector256<double>.Zero;

        ref var sourceX = ref MemoryMarshal.GetArrayDataReference(_sourceX);
        ref var sourceY = ref MemoryMarshal.GetArrayDataReference(_sourceY);
        ref var weightsX = ref MemoryMarshal.GetArrayDataReference(_weightsX);
        ref var weightsY = ref MemoryMarshal.GetArrayDataReference(_weightsY);
        for (nint l = 0; l < _sourceX.Length; l++)
        {
            var lx = Vector256.Create(Unsafe.Add(ref sourceX, l));
            var ly = Vector256.Create(Unsafe.Add(ref sourceY, l));
            var dX = Vector256.Create(Unsafe.Add(ref weightsX, l));
            var dY = Vector256.Create(Unsafe.Add(ref weightsY, l));
            var u0 = ThinPlateSplineKernel.Evaluate(lx - px0, ly - py0);
            var u1 = ThinPlateSplineKernel.Evaluate(lx - px1, ly - py1);
            sumX0 += u0 * dX;
            sumY0 += u0 * dY;
            sumX1 += u1 * dX;
            sumY1 += u1 * dY;
        }

        AddAffine(ref sumX0, ref sumY0, px0, py0);
        AddAffine(ref sumX1, ref sumY1, px1, py1);
        sumX0.CopyTo(x);
        sumY0.CopyTo(y);
        sumX1.CopyTo(x[Lanes..]);
        sumY1.CopyTo(y[Lanes..]);
    }

    /// <summary>The affine tail of the forward map, in the single-point method's order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddAffine(ref Vector256<double> sumX, ref Vector256<double> sumY, Vector256<double> px, Vector256<double> py)
    {
        if (_affine is { } a)
        {
            sumX += Vector256.Create(a[0]) * px;
            sumX += Vector256.Create(a[1]) * py;
            sumY += Vector256.Create(a[2]) * px;
            sumY += Vector256.Create(a[3]) * py;
            sumX += Vector256.Create(a[4]) + px;
            sumY += Vector256.Create(a[5]) + py;
        }
        else
        {
            sumX += px;
            sumY += py;
        }
    }
}
