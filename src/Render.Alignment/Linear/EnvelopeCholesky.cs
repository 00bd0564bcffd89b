using System.Numerics;
using System.Runtime.InteropServices;

namespace Render.Alignment.Linear;

/// <summary>
/// The Cholesky factor of the sub-matrix of a <see cref="BlockSparseMatrix"/> on some of its block
/// rows (a layer of tiles), in envelope (profile) storage after a reverse Cuthill–McKee ordering:
/// row k keeps its entries from its first non-zero column to the diagonal, and no fill falls
/// outside that envelope. A layer of tiles is a 2-D mesh, so its RCM envelope is about one
/// mesh row wide: a 10 × 20 layer of 3×3 blocks factors in under a millisecond.
/// </summary>
internal sealed class EnvelopeCholesky
{
    private readonly int[] _nodes;
    private readonly int[] _membership;
    private readonly int _set;
    private readonly int _blockSize;
    private readonly int[] _first;
    private readonly long[] _rowStart;
    private readonly double[] _values;

    /// <param name="matrix">The whole matrix.</param>
    /// <param name="nodes">The block rows of the sub-matrix (couplings to other rows are left out).</param>
    /// <param name="membership">For every block row, the sub-matrix it belongs to.</param>
    /// <param name="set">This sub-matrix's number in <paramref name="membership"/>.</param>
    /// <param name="localPosition">A map from block row to position, as long as the matrix; only this sub-matrix's rows are written, so disjoint sub-matrices may share it in parallel.</param>
    /// <exception cref="InvalidOperationException">The sub-matrix is not positive definite.</exception>
    public EnvelopeCholesky(BlockSparseMatrix matrix, int[] nodes, int[] membership, int set, int[] localPosition)
    {
        _blockSize = matrix.BlockSize;
        _membership = membership;
        _set = set;
        _nodes = ReverseCuthillMcKee(matrix, nodes);
        for (var p = 0; p < _nodes.Length; p++)
        {
            localPosition[_nodes[p]] = p;
        }

        var b = _blockSize;
        var n = _nodes.Length * b;
        _first = new int[n];
        _rowStart = new long[n + 1];
        for (var p = 0; p < _nodes.Length; p++)
        {
            var firstNode = p;
            foreach (var column in Neighbours(matrix, _nodes[p]))
            {
                firstNode = Math.Min(firstNode, localPosition[column]);
            }

            for (var r = 0; r < b; r++)
            {
                var k = (p * b) + r;
                _first[k] = firstNode * b;
                _rowStart[k + 1] = _rowStart[k] + (k - _first[k] + 1);
            }
        }

        _values = new double[_rowStart[n]];
        Fill(matrix, localPosition);
        Factor();
    }

    public int Dimension => _first.Length;

    /// <summary>Solves for this sub-matrix: reads its rows of <paramref name="rhs"/> and writes its rows of <paramref name="solution"/>.</summary>
    public void Solve(ReadOnlySpan<double> rhs, Span<double> solution)
    {
        var b = _blockSize;
        var y = new double[Dimension];
        for (var p = 0; p < _nodes.Length; p++)
        {
            rhs.Slice(_nodes[p] * b, b).CopyTo(y.AsSpan(p * b, b));
        }

        for (var k = 0; k < y.Length; k++)
        {
            var row = Row(k);
            y[k] = (y[k] - Dot(row[..^1], y.AsSpan(_first[k], k - _first[k]))) / row[^1];
        }

        for (var k = y.Length - 1; k >= 0; k--)
        {
            var row = Row(k);
            var xk = y[k] / row[^1];
            y[k] = xk;
            var below = y.AsSpan(_first[k], k - _first[k]);
            for (var m = 0; m < below.Length; m++)
            {
                below[m] -= row[m] * xk;
            }
        }

        for (var p = 0; p < _nodes.Length; p++)
        {
            y.AsSpan(p * b, b).CopyTo(solution.Slice(_nodes[p] * b, b));
        }
    }

    private Span<double> Row(int k) => _values.AsSpan((int)_rowStart[k], (int)(_rowStart[k + 1] - _rowStart[k]));

    private void Fill(BlockSparseMatrix matrix, int[] localPosition)
    {
        var b = _blockSize;
        for (var p = 0; p < _nodes.Length; p++)
        {
            var node = _nodes[p];
            for (var index = matrix.RowStart[node]; index < matrix.RowStart[node + 1]; index++)
            {
                var column = matrix.Columns[index];
                if (_membership[column] != _set || localPosition[column] > p)
                {
                    continue;
                }

                var q = localPosition[column];
                var block = matrix.Block(index);
                for (var r = 0; r < b; r++)
                {
                    var k = (p * b) + r;
                    var row = Row(k);
                    for (var c = 0; c < b && (q * b) + c <= k; c++)
                    {
                        row[(q * b) + c - _first[k]] = block[(r * b) + c];
                    }
                }
            }
        }
    }

    private void Factor()
    {
        for (var k = 0; k < Dimension; k++)
        {
            var row = Row(k);
            var fk = _first[k];
            for (var j = fk; j < k; j++)
            {
                var rowJ = Row(j);
                var start = Math.Max(fk, _first[j]);
                var sum = Dot(row.Slice(start - fk, j - start), rowJ.Slice(start - _first[j], j - start));
                row[j - fk] = (row[j - fk] - sum) / rowJ[^1];
            }

            var diagonal = row[^1] - Dot(row[..^1], row[..^1]);
            if (!(diagonal > 1e-300))
            {
                throw new InvalidOperationException("the tile system is not positive definite (an unpinned degree of freedom)");
            }

            row[^1] = Math.Sqrt(diagonal);
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count * 2)
        {
            var acc = Vector<double>.Zero;
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
            for (var v = 0; v < va.Length; v++)
            {
                acc += va[v] * vb[v];
            }

            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private IEnumerable<int> Neighbours(BlockSparseMatrix matrix, int node)
    {
        for (var index = matrix.RowStart[node]; index < matrix.RowStart[node + 1]; index++)
        {
            var column = matrix.Columns[index];
            if (column != node && _membership[column] == _set)
            {
                yield return column;
            }
        }
    }

    /// <summary>Reverse Cuthill–McKee over the sub-graph, each connected part from a node of least degree.</summary>
    private int[] ReverseCuthillMcKee(BlockSparseMatrix matrix, int[] nodes)
    {
        int Degree(int node) => Neighbours(matrix, node).Count();
        var order = new List<int>(nodes.Length);
        var visited = new HashSet<int>();
        foreach (var seed in nodes.OrderBy(Degree).ThenBy(node => node))
        {
            if (!visited.Add(seed))
            {
                continue;
            }

            var queue = new Queue<int>([seed]);
            while (queue.TryDequeue(out var node))
            {
                order.Add(node);
                foreach (var next in Neighbours(matrix, node).Where(visited.Add).OrderBy(Degree).ThenBy(n => n).ToList())
                {
                    queue.Enqueue(next);
                }
            }
        }

        order.Reverse();
        return [.. order];
    }
}
