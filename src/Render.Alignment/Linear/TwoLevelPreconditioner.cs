namespace Render.Alignment.Linear;

/// <summary>
/// The preconditioner of the tile system: an exact solve of every layer's own block (its montage
/// pairs and the diagonal share of its cross-layer pairs, one <see cref="EnvelopeCholesky"/> per
/// layer) plus a coarse correction in which each layer moves as a whole. Added together
/// (additive two-level Schwarz), so the preconditioner is symmetric and conjugate gradients apply.
/// </summary>
/// <remarks>
/// Why both: the layer solves take care of everything within a layer, but a stack of 500 layers
/// joined only by cross-layer pairs behaves like a 500-link chain along z whose slow bending
/// modes block-Jacobi alone needs thousands of iterations for; the coarse system (g unknowns a
/// layer, a band matrix) solves those modes exactly. A single layer is solved directly.
/// </remarks>
internal sealed class TwoLevelPreconditioner
{
    private readonly BlockSparseMatrix _matrix;
    private readonly int[][] _layers;
    private readonly int[] _layerOf;
    private readonly EnvelopeCholesky[] _local;
    private readonly double[]? _basis;
    private readonly int _coarseSize;
    private readonly EnvelopeCholesky? _coarse;
    private readonly int _threads;

    /// <param name="matrix">The system.</param>
    /// <param name="layers">The block rows of each layer (disjoint, covering all rows).</param>
    /// <param name="basis">Per block row, its b×g coarse basis (row-major), or null for no coarse level.</param>
    /// <param name="coarseSize">g, the coarse unknowns of a layer.</param>
    /// <param name="threads">Parallelism.</param>
    public TwoLevelPreconditioner(BlockSparseMatrix matrix, int[][] layers, double[]? basis, int coarseSize, int threads)
    {
        _matrix = matrix;
        _layers = layers;
        _threads = Math.Max(1, threads);
        _layerOf = new int[matrix.Rows];
        for (var layer = 0; layer < layers.Length; layer++)
        {
            foreach (var node in layers[layer])
            {
                _layerOf[node] = layer;
            }
        }

        var positions = new int[matrix.Rows];
        _local = new EnvelopeCholesky[layers.Length];
        Parallel.For(0, layers.Length, Options, layer => _local[layer] = new EnvelopeCholesky(matrix, layers[layer], _layerOf, layer, positions));
        if (basis is not null && layers.Length > 1 && coarseSize > 0)
        {
            _basis = basis;
            _coarseSize = coarseSize;
            _coarse = BuildCoarse();
        }
    }

    private ParallelOptions Options => new() { MaxDegreeOfParallelism = _threads };

    /// <summary>z = M⁻¹·r.</summary>
    public void Apply(double[] r, double[] z)
    {
        Parallel.For(0, _layers.Length, Options, layer => _local[layer].Solve(r, z));
        if (_coarse is null)
        {
            return;
        }

        var b = _matrix.BlockSize;
        var g = _coarseSize;
        var rc = new double[_layers.Length * g];
        for (var node = 0; node < _matrix.Rows; node++)
        {
            var phi = _basis.AsSpan(node * b * g, b * g);
            var target = rc.AsSpan(_layerOf[node] * g, g);
            for (var i = 0; i < b; i++)
            {
                for (var c = 0; c < g; c++)
                {
                    target[c] += phi[(i * g) + c] * r[(node * b) + i];
                }
            }
        }

        var xc = new double[rc.Length];
        _coarse.Solve(rc, xc);
        for (var node = 0; node < _matrix.Rows; node++)
        {
            var phi = _basis.AsSpan(node * b * g, b * g);
            var source = xc.AsSpan(_layerOf[node] * g, g);
            for (var i = 0; i < b; i++)
            {
                var sum = 0.0;
                for (var c = 0; c < g; c++)
                {
                    sum += phi[(i * g) + c] * source[c];
                }

                z[(node * b) + i] += sum;
            }
        }
    }

    /// <summary>A_c = Φᵀ A Φ over layers, with a relative ridge of 1e-12 so that a layer whose basis is degenerate stays solvable.</summary>
    private EnvelopeCholesky? BuildCoarse()
    {
        var edges = new List<(int, int)>();
        for (var node = 0; node < _matrix.Rows; node++)
        {
            for (var k = _matrix.RowStart[node]; k < _matrix.RowStart[node + 1]; k++)
            {
                var other = _layerOf[_matrix.Columns[k]];
                if (other > _layerOf[node])
                {
                    edges.Add((_layerOf[node], other));
                }
            }
        }

        var coarse = BlockSparseMatrix.WithPattern(_layers.Length, _coarseSize, edges.Distinct());
        Parallel.For(0, _layers.Length, Options, layer =>
        {
            foreach (var node in _layers[layer])
            {
                AddCoarseRow(coarse, node);
            }
        });

        var g = _coarseSize;
        for (var layer = 0; layer < _layers.Length; layer++)
        {
            var block = coarse.Block(coarse.IndexOf(layer, layer));
            var trace = 0.0;
            for (var c = 0; c < g; c++)
            {
                trace += block[(c * g) + c];
            }

            for (var c = 0; c < g; c++)
            {
                block[(c * g) + c] += (1e-12 * trace) + 1e-300;
            }
        }

        try
        {
            return new EnvelopeCholesky(coarse, [.. Enumerable.Range(0, _layers.Length)], new int[_layers.Length], 0, new int[_layers.Length]);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void AddCoarseRow(BlockSparseMatrix coarse, int node)
    {
        var b = _matrix.BlockSize;
        var g = _coarseSize;
        var phiI = _basis.AsSpan(node * b * g, b * g);
        Span<double> product = stackalloc double[b * g];
        for (var k = _matrix.RowStart[node]; k < _matrix.RowStart[node + 1]; k++)
        {
            var column = _matrix.Columns[k];
            var a = _matrix.Block(k);
            var phiJ = _basis.AsSpan(column * b * g, b * g);
            product.Clear();
            for (var i = 0; i < b; i++)
            {
                for (var j = 0; j < b; j++)
                {
                    var aij = a[(i * b) + j];
                    for (var c = 0; c < g; c++)
                    {
                        product[(i * g) + c] += aij * phiJ[(j * g) + c];
                    }
                }
            }

            var target = coarse.Block(coarse.IndexOf(_layerOf[node], _layerOf[column]));
            for (var r = 0; r < g; r++)
            {
                for (var c = 0; c < g; c++)
                {
                    var sum = 0.0;
                    for (var i = 0; i < b; i++)
                    {
                        sum += phiI[(i * g) + r] * product[(i * g) + c];
                    }

                    target[(r * g) + c] += sum;
                }
            }
        }
    }
}
