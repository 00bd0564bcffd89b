namespace Render.Alignment.Linear;

/// <summary>
/// A symmetric matrix of b×b blocks in compressed rows (both triangles stored): row i lists its
/// block columns in ascending order, the diagonal included. The pattern is fixed at construction;
/// values are added into it.
/// </summary>
internal sealed class BlockSparseMatrix
{
    private BlockSparseMatrix(int rows, int blockSize, int[] rowStart, int[] columns)
    {
        Rows = rows;
        BlockSize = blockSize;
        RowStart = rowStart;
        Columns = columns;
        Values = new double[columns.Length * blockSize * blockSize];
    }

    public int Rows { get; }

    public int BlockSize { get; }

    public int[] RowStart { get; }

    public int[] Columns { get; }

    /// <summary>Block k (row-major b×b) at <c>k·b²</c>.</summary>
    public double[] Values { get; }

    public int Dimension => Rows * BlockSize;

    /// <summary>The pattern of the diagonal plus both (i, j) and (j, i) of every edge (repeats allowed).</summary>
    public static BlockSparseMatrix WithPattern(int rows, int blockSize, IEnumerable<(int I, int J)> edges)
    {
        var neighbours = new List<int>[rows];
        for (var i = 0; i < rows; i++)
        {
            neighbours[i] = [i];
        }

        foreach (var (i, j) in edges)
        {
            neighbours[i].Add(j);
            neighbours[j].Add(i);
        }

        var rowStart = new int[rows + 1];
        var columns = new List<int>();
        for (var i = 0; i < rows; i++)
        {
            var distinct = neighbours[i].Distinct().Order();
            columns.AddRange(distinct);
            rowStart[i + 1] = columns.Count;
        }

        return new BlockSparseMatrix(rows, blockSize, rowStart, [.. columns]);
    }

    /// <summary>The index of block (i, j) (its values start at index·b²); −1 when it is not in the pattern.</summary>
    public int IndexOf(int i, int j)
    {
        var found = Array.BinarySearch(Columns, RowStart[i], RowStart[i + 1] - RowStart[i], j);
        return found >= 0 ? found : -1;
    }

    public Span<double> Block(int index) => Values.AsSpan(index * BlockSize * BlockSize, BlockSize * BlockSize);

    /// <summary>y = A·x over all rows, in parallel row chunks.</summary>
    public void Multiply(double[] x, double[] y, int threads)
    {
        var chunk = Math.Max(256, Rows / (Math.Max(1, threads) * 4));
        var chunks = (Rows + chunk - 1) / chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, c =>
            MultiplyRows(x, y, c * chunk, Math.Min(Rows, (c + 1) * chunk)));
    }

    private void MultiplyRows(double[] x, double[] y, int from, int to)
    {
        var b = BlockSize;
        for (var i = from; i < to; i++)
        {
            var yi = y.AsSpan(i * b, b);
            yi.Clear();
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                var block = Values.AsSpan(k * b * b, b * b);
                var xj = x.AsSpan(Columns[k] * b, b);
                for (var r = 0; r < b; r++)
                {
                    var sum = 0.0;
                    var row = block.Slice(r * b, b);
                    for (var c = 0; c < b; c++)
                    {
                        sum += row[c] * xj[c];
                    }

                    yi[r] += sum;
                }
            }
        }
    }
}
