using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Render.Geometry.Numerics;

// The row-update kernels: every element still receives a[i][j] −= a[i][k]·a[k][j] in k order, with
// the multiply and the subtraction as separate operations, whatever the blocking.
internal sealed partial class LuDecomposition
{
    /// <summary>
    /// Rows <paramref name="row"/> (and row + 1 when <paramref name="rows"/> is 2), columns from
    /// <paramref name="firstColumn"/> on: a[i][j] −= a[i][k]·a[k][j] for k in [kStart, kEnd), in k
    /// order. Sixteen columns of each row stay in registers across the k loop, and the two rows share
    /// the loads of a[k][j].
    /// </summary>
    private static void UpdateRows(ref double origin, int n, int row, int rows, int kStart, int kEnd, int firstColumn)
    {
        var j = firstColumn;
        if (rows == 2)
        {
            for (; j + 16 <= n; j += 16)
            {
                UpdateTwoRowsSixteen(ref origin, n, row, j, kStart, kEnd);
            }
        }

        for (var r = row; r < row + rows; r++)
        {
            var column = j;
            for (; column + 4 <= n; column += 4)
            {
                UpdateOneRowFour(ref origin, n, r, column, kStart, kEnd);
            }

            for (; column < n; column++)
            {
                var target = (r * n) + column;
                var value = Unsafe.Add(ref origin, target);
                for (var k = kStart; k < kEnd; k++)
                {
                    value -= Unsafe.Add(ref origin, (r * n) + k) * Unsafe.Add(ref origin, (k * n) + column);
                }

                Unsafe.Add(ref origin, target) = value;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateTwoRowsSixteen(ref double origin, int n, int row, int j, int kStart, int kEnd)
    {
        var first = (nuint)((row * n) + j);
        var second = first + (nuint)n;
        var a0 = Vector256.LoadUnsafe(ref origin, first);
        var a1 = Vector256.LoadUnsafe(ref origin, first + 4);
        var a2 = Vector256.LoadUnsafe(ref origin, first + 8);
        var a3 = Vector256.LoadUnsafe(ref origin, first + 12);
        var b0 = Vector256.LoadUnsafe(ref origin, second);
        var b1 = Vector256.LoadUnsafe(ref origin, second + 4);
        var b2 = Vector256.LoadUnsafe(ref origin, second + 8);
        var b3 = Vector256.LoadUnsafe(ref origin, second + 12);
        ref var firstRow = ref Unsafe.Add(ref origin, row * n);
        ref var secondRow = ref Unsafe.Add(ref origin, (row + 1) * n);
        for (var k = kStart; k < kEnd; k++)
        {
            var source = (nuint)((k * n) + j);
            var u0 = Vector256.LoadUnsafe(ref origin, source);
            var u1 = Vector256.LoadUnsafe(ref origin, source + 4);
            var u2 = Vector256.LoadUnsafe(ref origin, source + 8);
            var u3 = Vector256.LoadUnsafe(ref origin, source + 12);
            var la = Vector256.Create(Unsafe.Add(ref firstRow, k));
            var lb = Vector256.Create(Unsafe.Add(ref secondRow, k));
            a0 -= la * u0;
            a1 -= la * u1;
            a2 -= la * u2;
            a3 -= la * u3;
            b0 -= lb * u0;
            b1 -= lb * u1;
            b2 -= lb * u2;
            b3 -= lb * u3;
        }

        a0.StoreUnsafe(ref origin, first);
        a1.StoreUnsafe(ref origin, first + 4);
        a2.StoreUnsafe(ref origin, first + 8);
        a3.StoreUnsafe(ref origin, first + 12);
        b0.StoreUnsafe(ref origin, second);
        b1.StoreUnsafe(ref origin, second + 4);
        b2.StoreUnsafe(ref origin, second + 8);
        b3.StoreUnsafe(ref origin, second + 12);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateOneRowFour(ref double origin, int n, int row, int j, int kStart, int kEnd)
    {
        var target = (nuint)((row * n) + j);
        var acc = Vector256.LoadUnsafe(ref origin, target);
        ref var rowStart = ref Unsafe.Add(ref origin, row * n);
        for (var k = kStart; k < kEnd; k++)
        {
            acc -= Vector256.Create(Unsafe.Add(ref rowStart, k)) * Vector256.LoadUnsafe(ref origin, (nuint)((k * n) + j));
        }

        acc.StoreUnsafe(ref origin, target);
    }

    /// <summary><paramref name="target"/> −= <paramref name="factor"/>·<paramref name="source"/>, element by element.</summary>
    private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var s = ref MemoryMarshal.GetReference(source);
        var scale = Vector256.Create(factor);
        var length = (nuint)target.Length;
        nuint i = 0;
        for (; i + 4 <= length; i += 4)
        {
            (Vector256.LoadUnsafe(ref t, i) - (scale * Vector256.LoadUnsafe(ref s, i))).StoreUnsafe(ref t, i);
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref t, i) -= factor * Unsafe.Add(ref s, i);
        }
    }
}
