using Render.Imaging.Pixels;

namespace Render.Export.Tests;

/// <summary>Pixel checks shared by the tests.</summary>
internal static class Pixels
{
    /// <summary>mpicbg's Downsampler on 8-bit grey: floor(w/2)×floor(h/2), the floor of each 2×2 mean.</summary>
    public static int[,] HalfOf(Raster gray)
    {
        var result = new int[gray.Width / 2, gray.Height / 2];
        for (var y = 0; y < gray.Height / 2; y++)
        {
            for (var x = 0; x < gray.Width / 2; x++)
            {
                var g = gray.Gray!;
                result[x, y] = (g[2 * x, 2 * y] + g[(2 * x) + 1, 2 * y] + g[2 * x, (2 * y) + 1] + g[(2 * x) + 1, (2 * y) + 1]) / 4;
            }
        }

        return result;
    }

    /// <summary>n5-spark's (bdv's) Downsample on 8-bit grey by 2×2: each mean rounded half up (imglib2's setReal).</summary>
    public static int[,] RoundedHalfOf(Raster gray)
    {
        var result = new int[gray.Width / 2, gray.Height / 2];
        var g = gray.Gray!;
        for (var y = 0; y < gray.Height / 2; y++)
        {
            for (var x = 0; x < gray.Width / 2; x++)
            {
                var sum = g[2 * x, 2 * y] + g[(2 * x) + 1, 2 * y] + g[2 * x, (2 * y) + 1] + g[(2 * x) + 1, (2 * y) + 1];
                result[x, y] = (int)((sum * 0.25) + 0.5);
            }
        }

        return result;
    }

    public static void AssertEqual(int[,] expected, Raster actual, string what)
    {
        Assert.Equal((expected.GetLength(0), expected.GetLength(1)), (actual.Width, actual.Height));
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                if (expected[x, y] != actual.Gray![x, y])
                {
                    Assert.Fail($"{what}: pixel {x},{y} is {actual.Gray![x, y]}, expected {expected[x, y]}");
                }
            }
        }
    }
}
