using Render.Alignment.Linear;

namespace Render.Alignment.Tests.Linear;

/// <summary>The sparse solvers against dense arithmetic on random symmetric positive definite block systems.</summary>
public sealed class LinearSolverTests
{
    [Fact]
    public void EnvelopeCholesky_RandomLayer_SolvesTheSystem()
    {
        var (matrix, _) = RandomSystem(rows: 30, blockSize: 3, layers: 1, seed: 4);
        var all = Enumerable.Range(0, matrix.Rows).ToArray();
        var factor = new EnvelopeCholesky(matrix, all, new int[matrix.Rows], 0, new int[matrix.Rows]);
        var expected = Enumerable.Range(0, matrix.Dimension).Select(i => Math.Sin(i)).ToArray();
        var rhs = new double[matrix.Dimension];
        matrix.Multiply(expected, rhs, 1);

        var solution = new double[matrix.Dimension];
        factor.Solve(rhs, solution);

        Assert.Equal(expected, solution, (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void ConjugateGradient_SeveralLayersWithTheTwoLevelPreconditioner_Converges()
    {
        var (matrix, layers) = RandomSystem(rows: 60, blockSize: 3, layers: 4, seed: 5);
        var basis = new double[matrix.Rows * 3 * 3];
        for (var row = 0; row < matrix.Rows; row++)
        {
            for (var i = 0; i < 3; i++)
            {
                basis[(row * 9) + (i * 3) + i] = 1;
            }
        }

        var preconditioner = new TwoLevelPreconditioner(matrix, layers, basis, 3, 2);
        var expected = Enumerable.Range(0, matrix.Dimension).Select(i => Math.Cos(i)).ToArray();
        var rhs = new double[matrix.Dimension];
        matrix.Multiply(expected, rhs, 1);
        var solution = new double[matrix.Dimension];

        var (iterations, residual) = ConjugateGradient.Solve(matrix, preconditioner, rhs, solution, 1e-12, 0, 500, 2);

        Assert.True(residual <= 1e-12 && iterations < 60, $"{iterations} iterations, residual {residual}");
        Assert.Equal(expected, solution, (x, y) => Math.Abs(x - y) < 1e-8);
    }

    /// <summary>A chain-and-grid graph of b×b blocks, diagonally dominant, with rows split into consecutive layers.</summary>
    private static (BlockSparseMatrix Matrix, int[][] Layers) RandomSystem(int rows, int blockSize, int layers, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(int, int)>();
        for (var i = 0; i < rows; i++)
        {
            if (i + 1 < rows)
            {
                edges.Add((i, i + 1));
            }

            if (i + 5 < rows)
            {
                edges.Add((i, i + 5));
            }
        }

        var matrix = BlockSparseMatrix.WithPattern(rows, blockSize, edges);
        var b = blockSize;
        foreach (var (i, j) in edges)
        {
            var weight = random.NextDouble();
            for (var r = 0; r < b; r++)
            {
                for (var c = 0; c < b; c++)
                {
                    var value = (r == c ? 1 : 0.1) * weight;
                    matrix.Block(matrix.IndexOf(i, j))[(r * b) + c] -= value;
                    matrix.Block(matrix.IndexOf(j, i))[(c * b) + r] -= value;
                    matrix.Block(matrix.IndexOf(i, i))[(r * b) + c] += value;
                    matrix.Block(matrix.IndexOf(j, j))[(r * b) + c] += value;
                }
            }
        }

        for (var i = 0; i < rows; i++)
        {
            for (var r = 0; r < b; r++)
            {
                matrix.Block(matrix.IndexOf(i, i))[(r * b) + r] += 0.01;
            }
        }

        var size = rows / layers;
        return (matrix, [.. Enumerable.Range(0, layers).Select(layer => Enumerable.Range(layer * size, layer == layers - 1 ? rows - (layer * size) : size).ToArray())]);
    }
}
