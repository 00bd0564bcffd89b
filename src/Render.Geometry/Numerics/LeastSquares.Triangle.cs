namespace Render.Geometry.Numerics;

/// <summary>The final solve: column scaling and a pivoted QR of the small triangle, which decides the rank.</summary>
public sealed partial class LeastSquares
{
    // 2^-52, the spacing of doubles at 1 (double.Epsilon is the smallest subnormal, not this).
    private const double MachineEpsilon = 2.220446049250313E-16;

    private bool SolveTriangle(Span<double> solution, out int rank)
    {
        var work = (double[])_triangle.Clone();
        var columnNorms = ScaleColumns(work);
        var permutation = new int[Unknowns];
        for (var j = 0; j < Unknowns; j++)
        {
            permutation[j] = j;
        }

        rank = Factor(work, permutation);
        if (rank < Unknowns)
        {
            return false;
        }

        BackSubstitute(work, permutation, columnNorms, solution);
        return true;
    }

    /// <summary>Divides every column of R by its norm (the norm of the weighted design column); returns the norms.</summary>
    private double[] ScaleColumns(double[] work)
    {
        var norms = new double[Unknowns];
        for (var j = 0; j < Unknowns; j++)
        {
            var sum = 0.0;
            for (var i = 0; i <= j; i++)
            {
                sum += work[(i * _width) + j] * work[(i * _width) + j];
            }

            norms[j] = Math.Sqrt(sum);
            if (norms[j] > 0)
            {
                for (var i = 0; i <= j; i++)
                {
                    work[(i * _width) + j] /= norms[j];
                }
            }
        }

        return norms;
    }

    /// <summary>Householder QR with column pivoting of the scaled triangle, applied to the right-hand sides too; returns the rank.</summary>
    private int Factor(double[] work, int[] permutation)
    {
        var tolerance = Math.Max(RowCount, Unknowns) * MachineEpsilon;
        var largest = 0.0;
        for (var j = 0; j < Unknowns; j++)
        {
            var pivot = LargestRemainingColumn(work, j);
            SwapColumns(work, permutation, j, pivot);
            var norm = Math.Sqrt(RemainingSquares(work, j, j));
            largest = j == 0 ? norm : largest;
            if (norm == 0 || norm <= tolerance * largest)
            {
                return j;
            }

            var diagonal = work[(j * _width) + j];
            var alpha = diagonal >= 0 ? -norm : norm;
            var v0 = diagonal - alpha;
            var beta = -1 / (alpha * v0);
            for (var c = j + 1; c < _width; c++)
            {
                var dot = v0 * work[(j * _width) + c];
                for (var i = j + 1; i < Unknowns; i++)
                {
                    dot += work[(i * _width) + j] * work[(i * _width) + c];
                }

                var tau = beta * dot;
                work[(j * _width) + c] -= tau * v0;
                for (var i = j + 1; i < Unknowns; i++)
                {
                    work[(i * _width) + c] -= tau * work[(i * _width) + j];
                }
            }

            work[(j * _width) + j] = alpha;
        }

        return Unknowns;
    }

    private int LargestRemainingColumn(double[] work, int from)
    {
        var best = from;
        var bestSquares = -1.0;
        for (var c = from; c < Unknowns; c++)
        {
            var squares = RemainingSquares(work, from, c);
            if (squares > bestSquares)
            {
                best = c;
                bestSquares = squares;
            }
        }

        return best;
    }

    private double RemainingSquares(double[] work, int fromRow, int column)
    {
        var sum = 0.0;
        for (var i = fromRow; i < Unknowns; i++)
        {
            sum += work[(i * _width) + column] * work[(i * _width) + column];
        }

        return sum;
    }

    private void SwapColumns(double[] work, int[] permutation, int a, int b)
    {
        if (a == b)
        {
            return;
        }

        for (var i = 0; i < Unknowns; i++)
        {
            (work[(i * _width) + a], work[(i * _width) + b]) = (work[(i * _width) + b], work[(i * _width) + a]);
        }

        (permutation[a], permutation[b]) = (permutation[b], permutation[a]);
    }

    /// <summary>Solves the pivoted triangle for every right-hand side and undoes the pivoting and the scaling.</summary>
    private void BackSubstitute(double[] work, int[] permutation, double[] columnNorms, Span<double> solution)
    {
        Span<double> z = Unknowns <= 256 ? stackalloc double[Unknowns] : new double[Unknowns];
        for (var r = 0; r < RightHandSides; r++)
        {
            for (var j = Unknowns - 1; j >= 0; j--)
            {
                var value = work[(j * _width) + Unknowns + r];
                for (var c = j + 1; c < Unknowns; c++)
                {
                    value -= work[(j * _width) + c] * z[c];
                }

                z[j] = value / work[(j * _width) + j];
            }

            for (var j = 0; j < Unknowns; j++)
            {
                solution[(r * Unknowns) + permutation[j]] = z[j] / columnNorms[permutation[j]];
            }
        }
    }
}
