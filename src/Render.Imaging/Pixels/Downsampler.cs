namespace Render.Imaging.Pixels;

/// <summary>
/// mpicbg's Downsampler, one mipmap level down: floor(w/2)×floor(h/2), each pixel the integer
/// (floor) mean of its 2×2 block; RGB per channel with alpha forced to 0xff. Rows run in parallel.
/// </summary>
public static class Downsampler
{
    /// <summary>The next mipmap level of <paramref name="source"/> (a new managed-heap raster).</summary>
    public static Raster Downsample(Raster source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var width = source.Width / 2;
        var height = source.Height / 2;
        var target = Raster.Allocate(source.Kind, width, height);
        if (source.Gray is { } gray)
        {
            var to = target.Gray!;
            Parallel.For(0, height, y =>
            {
                var upper = gray.Row(2 * y);
                var lower = gray.Row((2 * y) + 1);
                var row = to.Row(y);
                for (var x = 0; x < width; x++)
                {
                    row[x] = (ushort)((upper[2 * x] + upper[(2 * x) + 1] + lower[2 * x] + lower[(2 * x) + 1]) / 4);
                }
            });
        }
        else
        {
            var rgb = source.Rgb!;
            var to = target.Rgb!;
            Parallel.For(0, height, y =>
            {
                var upper = rgb.Row(2 * y);
                var lower = rgb.Row((2 * y) + 1);
                var row = to.Row(y);
                for (var x = 0; x < width; x++)
                {
                    int a = upper[2 * x], b = upper[(2 * x) + 1], c = lower[2 * x], d = lower[(2 * x) + 1];
                    row[x] = unchecked((int)0xff000000) | (Mean(a, b, c, d, 16) << 16) | (Mean(a, b, c, d, 8) << 8) | Mean(a, b, c, d, 0);
                }
            });
        }

        return target;
    }

    private static int Mean(int a, int b, int c, int d, int shift) =>
        (((a >> shift) & 0xff) + ((b >> shift) & 0xff) + ((c >> shift) & 0xff) + ((d >> shift) & 0xff)) / 4;
}
