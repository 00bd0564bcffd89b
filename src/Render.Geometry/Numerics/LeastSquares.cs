using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Render.Geometry.Fitting;

namespace Render.Geometry.Numerics;

/// <summary>
/// A weighted linear least-squares problem, minimise Σ<sub>i</sub> w<sub>i</sub>·(a<sub>i</sub>·x − b<sub>i</sub>)²,
/// fed one row at a time and solved by Householder QR; several right-hand sides share one factorisation.
/// </summary>
/// <remarks>
/// <para>
/// Rows are folded in blocks into an n×n triangular factor R (with Qᵀb beside it), so memory stays
/// O(n²) whatever the row count: a million rows of 45 unknowns need no 360 MB design matrix.
/// Householder reflections are backward stable; the normal equations would square the condition number,
/// which is what breaks high-order polynomial fits on large coordinates.
/// </para>
/// <para>
/// At the end the columns of R are scaled to unit norm (column scaling: R has the column norms of the
/// weighted design matrix) and factored again with column pivoting. That second, small factorisation
/// decides the rank: a scaled pivot below max(rows, unknowns)·ε (numpy's <c>lstsq</c> cut-off) means a
/// column is, to working precision, a combination of the others.
/// </para>
/// <para>A builder: not thread-safe. Solving does not consume it; more rows may follow.</para>
/// </remarks>
public sealed partial class LeastSquares
{
    // Rows buffered before a fold: long enough for vectorised column loops, short enough for L1/L2.
    private const int BlockRows = 128;

    private readonly int _width;
    private readonly double[] _triangle;
    private readonly double[] _block;
    private int _pending;

    /// <summary>Creates an empty problem with <paramref name="unknowns"/> unknowns and
    /// <paramref name="rightHandSides"/> right-hand sides solved together.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public LeastSquares(int unknowns, int rightHandSides = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unknowns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rightHandSides, 1);
        Unknowns = unknowns;
        RightHandSides = rightHandSides;
        _width = unknowns + rightHandSides;
        _triangle = new double[unknowns * _width];
        _block = new double[_width * BlockRows];
    }

    /// <summary>The number of unknowns (columns of the design matrix).</summary>
    public int Unknowns { get; }

    /// <summary>The number of right-hand sides.</summary>
    public int RightHandSides { get; }

    /// <summary>The number of rows added so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>
    /// Adds the equation <paramref name="coefficients"/>·x = <paramref name="rightHandSides"/> (one value
    /// per right-hand side) with <paramref name="weight"/> on its squared residual.
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length, a value is not finite or the weight is negative.</exception>
    public void AddRow(ReadOnlySpan<double> coefficients, ReadOnlySpan<double> rightHandSides, double weight = 1)
    {
        if (coefficients.Length != Unknowns || rightHandSides.Length != RightHandSides)
        {
            throw new ArgumentException($"a row needs {Unknowns} coefficients and {RightHandSides} right-hand sides, got {coefficients.Length} and {rightHandSides.Length}");
        }

        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            throw new ArgumentException($"a weight must be finite and non-negative, got {weight}", nameof(weight));
        }

        // Scaling the row by √w turns the weighted problem into an ordinary one.
        var root = Math.Sqrt(weight);
        for (var c = 0; c < Unknowns; c++)
        {
            _block[(c * BlockRows) + _pending] = root * Finite(coefficients[c]);
        }

        for (var r = 0; r < RightHandSides; r++)
        {
            _block[((Unknowns + r) * BlockRows) + _pending] = root * Finite(rightHandSides[r]);
        }

        RowCount++;
        if (++_pending == BlockRows)
        {
            FoldBlock();
        }
    }

    /// <summary>
    /// Solves the problem into <paramref name="solution"/> (Unknowns × RightHandSides values: all unknowns
    /// of the first right-hand side, then of the second, ...). False when the design matrix is rank
    /// deficient, with its numerical rank in <paramref name="rank"/>; the solution is then left untouched.
    /// </summary>
    /// <exception cref="ArgumentException">The solution span has the wrong length.</exception>
    public bool TrySolve(Span<double> solution, out int rank)
    {
        if (solution.Length != Unknowns * RightHandSides)
        {
            throw new ArgumentException($"the solution needs {Unknowns * RightHandSides} values, got {solution.Length}", nameof(solution));
        }

        FoldBlock();
        return SolveTriangle(solution, out rank);
    }

    /// <summary>Solves the problem; see <see cref="TrySolve"/> for the layout.</summary>
    /// <exception cref="FitException">The design matrix is rank deficient.</exception>
    public double[] Solve()
    {
        var solution = new double[Unknowns * RightHandSides];
        return TrySolve(solution, out var rank)
            ? solution
            : throw new FitException($"the least-squares system is rank deficient: rank {rank} of {Unknowns} unknowns over {RowCount} rows");
    }

    /// <summary>
    /// Solves the dense problem <paramref name="matrix"/>·x ≈ <paramref name="rightHandSide"/> (row-major,
    /// <paramref name="columns"/> per row), optionally weighted per row; returns x.
    /// </summary>
    /// <exception cref="ArgumentException">The sizes do not agree.</exception>
    /// <exception cref="FitException">The matrix is rank deficient.</exception>
    public static double[] Solve(ReadOnlySpan<double> matrix, int columns, ReadOnlySpan<double> rightHandSide, ReadOnlySpan<double> weights = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (matrix.Length != columns * rightHandSide.Length)
        {
            throw new ArgumentException($"a {rightHandSide.Length}-row system of {columns} columns needs {columns * rightHandSide.Length} matrix values, got {matrix.Length}");
        }

        if (!weights.IsEmpty && weights.Length != rightHandSide.Length)
        {
            throw new ArgumentException($"{rightHandSide.Length} rows but {weights.Length} weights", nameof(weights));
        }

        var problem = new LeastSquares(columns);
        for (var i = 0; i < rightHandSide.Length; i++)
        {
            problem.AddRow(matrix.Slice(i * columns, columns), rightHandSide.Slice(i, 1), weights.IsEmpty ? 1 : weights[i]);
        }

        return problem.Solve();
    }

    private static double Finite(double value) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"least-squares rows must be finite, got {value}");

    /// <summary>
    /// Folds the buffered rows into R: for each column j one Householder reflection acting on row j of
    /// R and the block (the rows of R below j are already zero in column j, so they are left alone).
    /// </summary>
    private void FoldBlock()
    {
        var rows = _pending;
        if (rows == 0)
        {
            return;
        }

        for (var j = 0; j < Unknowns; j++)
        {
            var column = _block.AsSpan(j * BlockRows, rows);
            var below = Dot(column, column);
            if (below == 0)
            {
                continue;
            }

            ref var diagonal = ref _triangle[(j * _width) + j];
            var norm = Math.Sqrt((diagonal * diagonal) + below);

            // The new diagonal takes the sign opposite to the old one so that v0 = d − α never cancels.
            var alpha = diagonal >= 0 ? -norm : norm;
            var v0 = diagonal - alpha;
            var beta = -1 / (alpha * v0);
            diagonal = alpha;
            for (var c = j + 1; c < _width; c++)
            {
                var other = _block.AsSpan(c * BlockRows, rows);
                ref var top = ref _triangle[(j * _width) + c];
                var tau = beta * ((v0 * top) + Dot(column, other));
                top -= tau * v0;
                SubtractScaled(other, column, tau);
            }
        }

        _pending = 0;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var i = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<double>.Count)
        {
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            var acc = Vector256<double>.Zero;
            for (; i <= a.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                acc += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i);
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>target −= factor·source.</summary>
    private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && target.Length >= Vector256<double>.Count)
        {
            ref var rt = ref MemoryMarshal.GetReference(target);
            ref var rs = ref MemoryMarshal.GetReference(source);
            var f = Vector256.Create(factor);
            for (; i <= target.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var updated = Vector256.LoadUnsafe(ref rt, (nuint)i) - (f * Vector256.LoadUnsafe(ref rs, (nuint)i));
                updated.StoreUnsafe(ref rt, (nuint)i);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] -= factor * source[i];
        }
    }
}
