using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

/// <summary>Point sets and comparisons shared by the transform tests.</summary>
internal static class TransformTestPoints
{
    /// <summary>
    /// <paramref name="count"/> points over many magnitudes, with the awkward values (−0, NaN, ±∞, huge)
    /// among the first ones so that both the vector groups and the scalar tail see them.
    /// </summary>
    public static (double[] X, double[] Y) Scattered(int count, Random random)
    {
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-3, 6));
            x[i] = (random.NextDouble() - 0.3) * magnitude;
            y[i] = (random.NextDouble() - 0.3) * magnitude;
        }

        double[] awkward = [-0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e-300];
        for (var i = 0; i < awkward.Length && i < count; i++)
        {
            x[i] = awkward[i];
            y[awkward.Length - 1 - i] = awkward[i];
        }

        return (x, y);
    }

    /// <summary>A square grid from <paramref name="start"/> with <paramref name="perSide"/> points per side.</summary>
    public static (double[] X, double[] Y) Grid(double start, double step, int perSide)
    {
        var x = new double[perSide * perSide];
        var y = new double[perSide * perSide];
        for (var row = 0; row < perSide; row++)
        {
            for (var column = 0; column < perSide; column++)
            {
                x[(row * perSide) + column] = start + (column * step);
                y[(row * perSide) + column] = start + (row * step);
            }
        }

        return (x, y);
    }

    /// <summary>Asserts the batch method maps every point bitwise as the single-point method does.</summary>
    public static void AssertBatchEqualsSinglePoints(ICoordinateTransform transform, double[] x, double[] y)
    {
        var (expectedX, expectedY) = ((double[])x.Clone(), (double[])y.Clone());
        for (var i = 0; i < x.Length; i++)
        {
            transform.ApplyInPlace(ref expectedX[i], ref expectedY[i]);
        }

        var (actualX, actualY) = ((double[])x.Clone(), (double[])y.Clone());
        transform.ApplyInPlace(actualX.AsSpan(), actualY.AsSpan());

        AssertBitwiseEqual(expectedX, actualX);
        AssertBitwiseEqual(expectedY, actualY);
    }

    /// <summary>Asserts the two arrays hold the very same doubles, bit for bit (NaN payloads and −0 included).</summary>
    public static void AssertBitwiseEqual(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"index {i}: expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
