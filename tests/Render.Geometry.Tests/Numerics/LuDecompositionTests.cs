using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class LuDecompositionTests
{
    [Fact]
    public void Solve_SmallSystem_GivesTheExactSolution()
    {
        // 2x + y = 5, x + 3y = 10 → (1, 3); the zero in the corner forces a row swap first.
        double[] matrix = [0, 1, 1, 2, 1, 0, 1, 3, 0];
        double[] rhs = [4, 5, 10];

        var lu = LuDecomposition.Factor(matrix, 3);
        lu.Solve(rhs);

        Assert.False(lu.IsSingular);
        Assert.Equal(1.0, rhs[0], 12);
        Assert.Equal(3.0, rhs[1], 12);
        Assert.Equal(1.0, rhs[2], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(103)]
    public void Solve_RandomSystem_ResidualIsAtRoundingLevel(int n)
    {
        var random = new Random(n);
        var matrix = Enumerable.Range(0, n * n).Select(_ => random.NextDouble() - 0.5).ToArray();
        var expected = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 10).ToArray();
        var rhs = Multiply(matrix, expected, n);

        LuDecomposition.Factor(matrix, n).Solve(rhs);

        for (var i = 0; i < n; i++)
        {
            Assert.True(Math.Abs(rhs[i] - expected[i]) < 1e-9, $"x[{i}] = {rhs[i]}, expected {expected[i]}");
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(75)]
    public void Factor_Blocked_MatchesTextbookEliminationBitForBit(int n)
    {
        var random = new Random(7 * n);
        var matrix = Enumerable.Range(0, n * n).Select(_ => random.NextDouble() - 0.5).ToArray();
        var rhs = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var expected = TextbookSolve(matrix.ToArray(), rhs.ToArray(), n);

        LuDecomposition.Factor(matrix, n).Solve(rhs);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), rhs.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Factor_RepeatedRow_IsSingularAndSolveRefuses()
    {
        double[] matrix = [1, 2, 3, 4, 5, 6, 1, 2, 3];

        var lu = LuDecomposition.Factor(matrix, 3);

        Assert.True(lu.IsSingular);
        Assert.Throws<InvalidOperationException>(() => lu.Solve(new double[3]));
    }

    [Fact]
    public void Factor_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => LuDecomposition.Factor(new double[5], 2));
    }

    private static double[] Multiply(double[] matrix, double[] vector, int n)
    {
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i] += matrix[(i * n) + j] * vector[j];
            }
        }

        return result;
    }

    /// <summary>Unblocked Gaussian elimination with partial pivoting, one column at a time.</summary>
    private static double[] TextbookSolve(double[] a, double[] b, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var p = k;
            for (var i = k + 1; i < n; i++)
            {
                p = Math.Abs(a[(i * n) + k]) > Math.Abs(a[(p * n) + k]) ? i : p;
            }

            for (var j = 0; j < n; j++)
            {
                (a[(k * n) + j], a[(p * n) + j]) = (a[(p * n) + j], a[(k * n) + j]);
            }

            (b[k], b[p]) = (b[p], b[k]);
            for (var i = k + 1; i < n; i++)
            {
                var l = a[(i * n) + k] / a[(k * n) + k];
                a[(i * n) + k] = l;
                for (var j = k + 1; j < n; j++)
                {
                    a[(i * n) + j] -= l * a[(k * n) + j];
                }
            }
        }

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            for (var j = 0; j < i; j++)
            {
                sum += a[(i * n) + j] * x[j];
            }

            x[i] = b[i] - sum;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            double sum = 0;
            for (var j = i + 1; j < n; j++)
            {
                sum += a[(i * n) + j] * x[j];
            }

            x[i] = (x[i] - sum) / a[(i * n) + i];
        }

        return x;
    }
}
