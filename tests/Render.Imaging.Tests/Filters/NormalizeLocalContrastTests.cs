using Render.Imaging.Filters;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

public sealed class NormalizeLocalContrastTests
{
    [Fact]
    public void Process_Ramp_MapsBlockMeanToMidRangeAndCornerByHand()
    {
        var image = Images.Ramp(5, 5);

        // Radius 2 at mipmap scale 0.5 is a radius of 1: 3×3 blocks, clipped to 2×2 at the corners.
        new NormalizeLocalContrast(2, 2, 3, center: true, stretch: true).Process(image, DisplayRange.Default8Bit, 0.5);

        // Centre: block 6..18 has mean 12 and sample variance 156/8, so 12 maps to (0 + 255)/2 = 127.5, rounded up.
        Assert.Equal(128, image.Gray![2, 2]);

        // Corner: block {0, 1, 5, 6}, mean 3, sample variance 26/3, d = 3·2.944; (0 − (3 − d))/(2d)·255 = 84.19.
        Assert.Equal(84, image.Gray[0, 0]);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Process_Ramp_MatchesABruteForceReference(bool center, bool stretch)
    {
        var image = Images.Ramp(7, 5);
        var expected = Reference(Images.Values(image), 7, 5, 2, 1, 3f, center, stretch, 0, 255, 255);

        new NormalizeLocalContrast(2, 1, 3, center, stretch).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal(expected, Images.Values(image));
    }

    [Fact]
    public void Process_SixteenBit_UsesTheDisplayRangeAndSixteenBitClamp()
    {
        int[] values = [.. Enumerable.Range(0, 36).Select(i => 1000 + (37 * i))];
        var image = Images.Gray16(6, values);
        var expected = Reference(values, 6, 6, 1, 1, 2f, true, true, 500, 3000, 65535);

        new NormalizeLocalContrast(1, 1, 2, center: true, stretch: true).Process(image, new DisplayRange(500, 3000), 1);

        Assert.Equal(expected, Images.Values(image));
    }

    [Fact]
    public void Process_FlatImage_IsZeroAsInMpicbg()
    {
        // A flat block has std 0, so mpicbg divides 0 by 0 and Math.round(NaN) is 0.
        var image = Images.Gray8(3, 100, 100, 100, 100, 100, 100);

        new NormalizeLocalContrast(1, 1, 3, center: true, stretch: true).Process(image, DisplayRange.Default8Bit, 1);

        Assert.All(Images.Values(image), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Process_Rgb_FiltersEachChannelAndKeepsAlpha()
    {
        // Green is flat (0), which normalises to NaN and so to 0.
        var ramp = Images.Ramp(5, 5);
        var rgb = Images.Rgb(5, [.. Images.Values(ramp).Select(v => 0x7f000000 | (v << 16) | (2 * v))]);
        var red = Images.Ramp(5, 5);
        var blue = Images.Gray8(5, [.. Images.Values(ramp).Select(v => 2 * v)]);
        var filter = new NormalizeLocalContrast(1, 1, 3, center: true, stretch: true);

        filter.Process(rgb, DisplayRange.Default8Bit, 1);
        filter.Process(red, DisplayRange.Default8Bit, 1);
        filter.Process(blue, DisplayRange.Default8Bit, 1);

        var expected = Images.Values(red).Zip(Images.Values(blue), (r, b) => 0x7f000000 | (r << 16) | b);
        Assert.Equal(expected, rgb.Rgb!.Pixels.ToArray());
    }

    /// <summary>
    /// mpicbg's formulas evaluated directly: block sums over the clipped (2r + 1)² window, the sample
    /// variance, and the stored float rounded with Java's Math.round and clamped.
    /// </summary>
    private static int[] Reference(
        int[] values, int width, int height, int rx, int ry, float meanFactor, bool center, bool stretch, double min, double max, int clamp)
    {
        var result = new int[values.Length];
        var length = max - min;
        var rangeMean = (length / 2.0) + min;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double sum = 0, squares = 0;
                long n = 0;
                for (var j = Math.Max(0, y - ry); j <= Math.Min(height - 1, y + ry); j++)
                {
                    for (var i = Math.Max(0, x - rx); i <= Math.Min(width - 1, x + rx); i++)
                    {
                        double v2 = values[(j * width) + i];
                        sum += v2;
                        squares += v2 * v2;
                        n++;
                    }
                }

                double v = values[(y * width) + x];
                var mean = sum * (1.0 / n);
                var variance = (1.0 / (n - 1) * squares) - (1.0 / ((n * n) - n) * sum * sum);
                var d = meanFactor * Math.Sqrt(Math.Max(0, variance));
                var value = (center, stretch) switch
                {
                    (true, true) => (float)(((v - (mean - d)) / 2 / d * length) + min),
                    (true, false) => (float)(v - mean + rangeMean),
                    (false, true) => (float)(((v - rangeMean) / 2 / d * length) + rangeMean),
                    _ => (float)v,
                };
                result[(y * width) + x] = float.IsNaN(value) ? 0 : (int)Math.Clamp(Math.Floor(value + 0.5), 0, clamp);
            }
        }

        return result;
    }
}
