using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Render.Geometry.Numerics;

/// <summary>
/// LU factorisation with partial pivoting of a dense square matrix, P·A = L·U (L unit lower
/// triangular), and the solution of A·x = b from it: the solver behind jitk's and numpy's
/// thin-plate-spline fits (EJML's and LAPACK's <c>getrf</c>/<c>getrs</c>).
/// </summary>
/// <remarks>
/// Row-major and right-looking, in panels of <see cref="PanelWidth"/> columns: each panel's
/// multipliers update the rest of the matrix in one pass over its rows, with the row segment held
/// in registers, so the trailing matrix streams through the cache once per panel rather than once
/// per column. Every element still receives its updates in column order, so the result is the same,
/// bit for bit, as the textbook unblocked elimination. Multiply and subtract stay separate (no fused
/// multiply-add). A pivot that is exactly zero (or not finite) marks the matrix singular, as
/// LAPACK's <c>info &gt; 0</c> does. Immutable once built; thread-safe.
/// </remarks>
internal sealed class LuDecomposition
{
    /// <summary>Columns per panel: the panel's rows of U (about 100 kB at n = 400) stay in L2.</summary>
    public const int PanelWidth = 32;

    private readonly double[] _lu;
    private readonly int[] _sourceRow;

    private LuDecomposition(double[] lu, int[] sourceRow, int size, bool isSingular)
    {
        _lu = lu;
        _sourceRow = sourceRow;
        Size = size;
        IsSingular = isSingular;
    }

    /// <summary>The order of the matrix.</summary>
    public int Size { get; }

    /// <summary>Whether a pivot was zero: the matrix has no inverse and <see cref="Solve"/> refuses.</summary>
    public bool IsSingular { get; }

    /// <summary>Factors the <paramref name="size"/>×<paramref name="size"/> row-major <paramref name="matrix"/> (copied).</summary>
    /// <exception cref="ArgumentException">The matrix does not hold size² values.</exception>
    public static LuDecomposition Factor(ReadOnlySpan<double> matrix, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (matrix.Length != size * size)
        {
            throw new ArgumentException($"a {size}×{size} matrix has {size * size} values, got {matrix.Length}");
        }

        var lu = matrix.ToArray();
        var sourceRow = new int[size];
        for (var i = 0; i < size; i++)
        {
            sourceRow[i] = i;
        }

        var singular = false;
        for (var panel = 0; panel < size; panel += PanelWidth)
        {
            var panelEnd = Math.Min(panel + PanelWidth, size);
            singular |= FactorPanel(lu, sourceRow, size, panel, panelEnd);
            SolvePanelRows(lu, size, panel, panelEnd);
            UpdateTrailingRows(lu, size, panel, panelEnd);
        }

        return new LuDecomposition(lu, sourceRow, size, singular);
    }

    /// <summary>Solves A·x = b in place: <paramref name="rightHandSide"/> holds b on entry and x on return.</summary>
    /// <exception cref="InvalidOperationException">The matrix is singular.</exception>
    public void Solve(Span<double> rightHandSide)
    {
        if (rightHandSide.Length != Size)
        {
            throw new ArgumentException($"the right-hand side needs {Size} values, got {rightHandSide.Length}");
        }

        if (IsSingular)
        {
            throw new InvalidOperationException("the matrix is singular");
        }

        var n = Size;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = rightHandSide[_sourceRow[i]];
        }

        for (var i = 1; i < n; i++)
        {
            x[i] -= Dot(_lu.AsSpan(i * n, i), x.AsSpan(0, i));
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var rest = n - i - 1;
            x[i] = (x[i] - Dot(_lu.AsSpan((i * n) + i + 1, rest), x.AsSpan(i + 1, rest))) / _lu[(i * n) + i];
        }

        x.CopyTo(rightHandSide);
    }

    /// <summary>Unblocked elimination of columns [panel, panelEnd), applied to those columns only.</summary>
    private static bool FactorPanel(double[] a, int[] sourceRow, int n, int panel, int panelEnd)
    {
        var singular = false;
        for (var k = panel; k < panelEnd; k++)
        {
            var pivotRow = k;
            var largest = Math.Abs(a[(k * n) + k]);
            for (var i = k + 1; i < n; i++)
            {
                var candidate = Math.Abs(a[(i * n) + k]);
                if (candidate > largest)
                {
                    largest = candidate;
                    pivotRow = i;
                }
            }

            if (!(largest > 0) || !double.IsFinite(largest))
            {
                singular = true;
                continue;
            }

            if (pivotRow != k)
            {
                SwapRows(a, n, k, pivotRow);
                (sourceRow[k], sourceRow[pivotRow]) = (sourceRow[pivotRow], sourceRow[k]);
            }

            var pivot = a[(k * n) + k];
            var width = panelEnd - k - 1;
            for (var i = k + 1; i < n; i++)
            {
                var multiplier = a[(i * n) + k] / pivot;
                a[(i * n) + k] = multiplier;
                SubtractScaled(a.AsSpan((i * n) + k + 1, width), a.AsSpan((k * n) + k + 1, width), multiplier);
            }
        }

        return singular;
    }

    private static void SwapRows(double[] a, int n, int first, int second)
    {
        var firstRow = a.AsSpan(first * n, n);
        var secondRow = a.AsSpan(second * n, n);
        for (var j = 0; j < n; j++)
        {
            (firstRow[j], secondRow[j]) = (secondRow[j], firstRow[j]);
        }
    }

    /// <summary>The panel's rows of U right of the panel: forward substitution with the panel's unit L.</summary>
    private static void SolvePanelRows(double[] a, int n, int panel, int panelEnd)
    {
        var width = n - panelEnd;
        for (var k = panel; k < panelEnd; k++)
        {
            for (var i = k + 1; i < panelEnd; i++)
            {
                SubtractScaled(a.AsSpan((i * n) + panelEnd, width), a.AsSpan((k * n) + panelEnd, width), a[(i * n) + k]);
            }
        }
    }

    /// <summary>Rows below the panel, right of it: A22 −= L21·U12, sixteen columns at a time in registers.</summary>
    private static void UpdateTrailingRows(double[] a, int n, int panel, int panelEnd)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(a);
        for (var i = panelEnd; i < n; i++)
        {
            var j = panelEnd;
            for (; j + 16 <= n; j += 16)
            {
                UpdateSixteen(ref origin, n, i, j, panel, panelEnd);
            }

            for (; j < n; j++)
            {
                var value = a[(i * n) + j];
                for (var k = panel; k < panelEnd; k++)
                {
                    value -= a[(i * n) + k] * a[(k * n) + j];
                }

                a[(i * n) + j] = value;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateSixteen(ref double origin, int n, int i, int j, int panel, int panelEnd)
    {
        var target = (nuint)((i * n) + j);
        var acc0 = Vector256.LoadUnsafe(ref origin, target);
        var acc1 = Vector256.LoadUnsafe(ref origin, target + 4);
        var acc2 = Vector256.LoadUnsafe(ref origin, target + 8);
        var acc3 = Vector256.LoadUnsafe(ref origin, target + 12);
        for (var k = panel; k < panelEnd; k++)
        {
            var multiplier = Vector256.Create(Unsafe.Add(ref origin, (i * n) + k));
            var source = (nuint)((k * n) + j);
            acc0 -= multiplier * Vector256.LoadUnsafe(ref origin, source);
            acc1 -= multiplier * Vector256.LoadUnsafe(ref origin, source + 4);
            acc2 -= multiplier * Vector256.LoadUnsafe(ref origin, source + 8);
            acc3 -= multiplier * Vector256.LoadUnsafe(ref origin, source + 12);
        }

        acc0.StoreUnsafe(ref origin, target);
        acc1.StoreUnsafe(ref origin, target + 4);
        acc2.StoreUnsafe(ref origin, target + 8);
        acc3.StoreUnsafe(ref origin, target + 12);
    }

    /// <summary><paramref name="target"/> −= <paramref name="factor"/>·<paramref name="source"/>, element by element.</summary>
    private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var i = 0;
        var scale = Vector256.Create(factor);
        for (; i + 4 <= target.Length; i += 4)
        {
            var updated = Vector256.Create(target.Slice(i, 4)) - (scale * Vector256.Create(source.Slice(i, 4)));
            updated.CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] -= factor * source[i];
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
