using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class LeastSquaresTests
{
    [Fact]
    public void Solve_SquareSystem_ReturnsExactSolution()
    {
        double[] matrix = [2, 1, -1, -3, -1, 2, -2, 1, 2];
        double[] rightHandSide = [8, -11, -3];

        var x = LeastSquares.Solve(matrix, 3, rightHandSide);

        Assert.Equal(2, x[0], 1e-14);
        Assert.Equal(3, x[1], 1e-14);
        Assert.Equal(-1, x[2], 1e-14);
    }

    [Fact]
    public void Solve_ConsistentTallSystem_RecoversCoefficientsOverManyBlocks()
    {
        double[] expected = [3.5, -2.25, 1e-3, 42, -0.125, 7];
        var (matrix, rightHandSide) = RandomSystem(1000, expected, noise: 0, seed: 1);

        var x = LeastSquares.Solve(matrix, expected.Length, rightHandSide);

        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal(expected[j], x[j], 1e-12 * Math.Max(1, Math.Abs(expected[j])));
        }
    }

    [Fact]
    public void Solve_NoisyOverdeterminedSystem_MinimisesTheResidual()
    {
        double[] truth = [1, -2, 0.5, 4];
        var (matrix, rightHandSide) = RandomSystem(300, truth, noise: 0.1, seed: 2);

        var x = LeastSquares.Solve(matrix, truth.Length, rightHandSide);

        // At the minimum the residual is orthogonal to every column (the normal equations hold) ...
        var residual = Residual(matrix, truth.Length, rightHandSide, x);
        for (var j = 0; j < truth.Length; j++)
        {
            var dot = 0.0;
            for (var i = 0; i < rightHandSide.Length; i++)
            {
                dot += matrix[(i * truth.Length) + j] * residual[i];
            }

            Assert.True(Math.Abs(dot) < 1e-10, $"column {j}: Aᵀr = {dot}");
        }

        // ... and any step away from it makes the residual larger.
        var minimum = SumOfSquares(residual);
        for (var j = 0; j < truth.Length; j++)
        {
            var moved = (double[])x.Clone();
            moved[j] += 1e-3;
            Assert.True(SumOfSquares(Residual(matrix, truth.Length, rightHandSide, moved)) > minimum);
        }
    }

    [Fact]
    public void Solve_Weights_GiveTheWeightedMean()
    {
        double[] ones = [1, 1, 1];

        var x = LeastSquares.Solve(ones, 1, [1, 2, 10], [1, 3, 0]);

        Assert.Equal(1.75, x[0], 1e-15);
    }

    [Fact]
    public void Solve_BadlyScaledColumns_StayAccurate()
    {
        // Columns of 1e8 and 1e-8 magnitude: the normal equations would lose everything here.
        double[] expected = [2e-8, 3e8, -1];
        var random = new Random(3);
        var rows = 200;
        var matrix = new double[rows * 3];
        var rightHandSide = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            matrix[i * 3] = 1e8 * random.NextDouble();
            matrix[(i * 3) + 1] = 1e-8 * random.NextDouble();
            matrix[(i * 3) + 2] = random.NextDouble();
            rightHandSide[i] = (matrix[i * 3] * expected[0]) + (matrix[(i * 3) + 1] * expected[1]) + (matrix[(i * 3) + 2] * expected[2]);
        }

        var x = LeastSquares.Solve(matrix, 3, rightHandSide);

        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(expected[j], x[j], 1e-10 * Math.Abs(expected[j]));
        }
    }

    [Fact]
    public void TrySolve_DependentColumn_ReportsTheRank()
    {
        var problem = new LeastSquares(3);
        var random = new Random(4);
        for (var i = 0; i < 50; i++)
        {
            var a = random.NextDouble();
            var b = random.NextDouble();
            problem.AddRow([a, b, (2 * a) - b], [random.NextDouble()]);
        }

        var solution = new double[3];
        Assert.False(problem.TrySolve(solution, out var rank));
        Assert.Equal(2, rank);
        Assert.Equal(new double[3], solution);
    }

    [Fact]
    public void Solve_RankDeficient_ThrowsFitExceptionNamingTheRank()
    {
        double[] matrix = [1, 2, 2, 4, 3, 6];

        var error = Assert.Throws<FitException>(() => LeastSquares.Solve(matrix, 2, [1, 2, 3]));

        Assert.Contains("rank deficient: rank 1 of 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrySolve_FewerRowsThanUnknowns_IsRankDeficient()
    {
        var problem = new LeastSquares(3);
        problem.AddRow([1, 2, 3], [1]);
        problem.AddRow([0, 1, 5], [2]);

        Assert.False(problem.TrySolve(new double[3], out var rank));
        Assert.Equal(2, rank);
    }

    [Fact]
    public void TrySolve_ZeroWeightRows_AreIgnored()
    {
        var problem = new LeastSquares(2);
        problem.AddRow([1, 0], [5]);
        problem.AddRow([0, 1], [6]);
        problem.AddRow([1, 1], [1000], weight: 0);

        var x = problem.Solve();

        Assert.Equal([5, 6], x);
    }

    [Fact]
    public void Solve_SeveralRightHandSides_EachEqualsItsOwnSolve()
    {
        var (matrix, first) = RandomSystem(40, [1, 2, 3], noise: 0.5, seed: 5);
        var second = first.Select((value, i) => Math.Sin(i) - value).ToArray();
        var problem = new LeastSquares(3, 2);
        for (var i = 0; i < first.Length; i++)
        {
            problem.AddRow(matrix.AsSpan(i * 3, 3), [first[i], second[i]]);
        }

        var both = problem.Solve();

        Assert.Equal(LeastSquares.Solve(matrix, 3, first), both[..3]);
        Assert.Equal(LeastSquares.Solve(matrix, 3, second), both[3..]);
    }

    [Fact]
    public void TrySolve_ThenMoreRows_SolvesWithAllRows()
    {
        var problem = new LeastSquares(1);
        problem.AddRow([1], [2]);
        var early = problem.Solve();
        problem.AddRow([1], [4]);

        Assert.Equal(2, early[0], 1e-15);
        Assert.Equal(3, problem.Solve()[0], 1e-15);
        Assert.Equal(2, problem.RowCount);
    }

    [Fact]
    public void AddRow_WrongLengths_Throw()
    {
        var problem = new LeastSquares(2);

        Assert.Throws<ArgumentException>(() => problem.AddRow([1, 2, 3], [1]));
        Assert.Throws<ArgumentException>(() => problem.AddRow([1, 2], [1, 2]));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddRow_BadWeight_Throws(double weight)
    {
        var problem = new LeastSquares(1);

        Assert.Throws<ArgumentException>(() => problem.AddRow([1], [1], weight));
    }

    [Fact]
    public void AddRow_NonFiniteValue_Throws()
    {
        var problem = new LeastSquares(1);

        Assert.Throws<ArgumentException>(() => problem.AddRow([double.NaN], [1]));
        Assert.Throws<ArgumentException>(() => problem.AddRow([1], [double.PositiveInfinity]));
    }

    private static (double[] Matrix, double[] RightHandSide) RandomSystem(int rows, double[] solution, double noise, int seed)
    {
        var random = new Random(seed);
        var columns = solution.Length;
        var matrix = new double[rows * columns];
        var rightHandSide = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                matrix[(i * columns) + j] = (random.NextDouble() * 20) - 10;
                rightHandSide[i] += matrix[(i * columns) + j] * solution[j];
            }

            rightHandSide[i] += noise * ((random.NextDouble() * 2) - 1);
        }

        return (matrix, rightHandSide);
    }

    private static double[] Residual(double[] matrix, int columns, double[] rightHandSide, double[] x)
    {
        var residual = new double[rightHandSide.Length];
        for (var i = 0; i < residual.Length; i++)
        {
            var value = -rightHandSide[i];
            for (var j = 0; j < columns; j++)
            {
                value += matrix[(i * columns) + j] * x[j];
            }

            residual[i] = value;
        }

        return residual;
    }

    private static double SumOfSquares(double[] values) => values.Sum(v => v * v);
}
