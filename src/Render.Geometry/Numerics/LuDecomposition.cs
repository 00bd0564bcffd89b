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
internal sealed partial class LuDecomposition
{
    /// <summary>Columns per panel: the panel's rows of U (about 100 kB at n = 400) stay in L2.</summary>
    public const int PanelWidth = 32;

    private readonly double[] _lu;
    private readonly int[] _sourceRow;

    private LuDecomposition(double[] lu, int[] sourceRow, bool isSingular)
    {
        _lu = lu;
        _sourceRow = sourceRow;
        IsSingular = isSingular;
    }

    /// <summary>The order of the matrix (one source row per row).</summary>
    public int Size => _sourceRow.Length;

    /// <summary>Whether a pivot was zero: the matrix has no inverse and <see cref="Solve"/> refuses.</summary>
    public bool IsSingular { get; }

    /// <summary>Factors the <paramref name="size"/>×<paramref name="size"/> row-major <paramref name="matrix"/> (copied).</summary>
    /// <exception cref="ArgumentException">The matrix does not hold size² values.</exception>
    public static LuDecomposition Factor(ReadOnlySpan<double> matrix, int size) => FactorInPlace(matrix.ToArray(), size);

    /// <summary>
    /// Factors <paramref name="matrix"/> in its own storage, which the decomposition then owns: the
    /// caller must not use the array again (saves copying a large matrix).
    /// </summary>
    /// <exception cref="ArgumentException">The matrix does not hold size² values.</exception>
    public static LuDecomposition FactorInPlace(double[] matrix, int size)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (matrix.Length != size * size)
        {
            throw new ArgumentException($"a {size}×{size} matrix has {size * size} values, got {matrix.Length}");
        }

        var lu = matrix;
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

        return new LuDecomposition(lu, sourceRow, singular);
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
        ref var one = ref a[first * n];
        ref var other = ref a[second * n];
        nuint j = 0;
        for (; j + 4 <= (nuint)n; j += 4)
        {
            var kept = Vector256.LoadUnsafe(ref one, j);
            Vector256.LoadUnsafe(ref other, j).StoreUnsafe(ref one, j);
            kept.StoreUnsafe(ref other, j);
        }

        for (; j < (nuint)n; j++)
        {
            (Unsafe.Add(ref one, j), Unsafe.Add(ref other, j)) = (Unsafe.Add(ref other, j), Unsafe.Add(ref one, j));
        }
    }

    /// <summary>The panel's rows of U right of the panel: forward substitution with the panel's unit L.</summary>
    private static void SolvePanelRows(double[] a, int n, int panel, int panelEnd)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(a);
        for (var i = panel + 1; i < panelEnd; i++)
        {
            UpdateRows(ref origin, n, i, 1, panel, i, panelEnd);
        }
    }

    /// <summary>Rows below the panel, right of it: A22 −= L21·U12, two rows at a time.</summary>
    private static void UpdateTrailingRows(double[] a, int n, int panel, int panelEnd)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(a);
        var i = panelEnd;
        for (; i + 2 <= n; i += 2)
        {
            UpdateRows(ref origin, n, i, 2, panel, panelEnd, panelEnd);
        }

        if (i < n)
        {
            UpdateRows(ref origin, n, i, 1, panel, panelEnd, panelEnd);
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
