namespace Render.Imaging.Filters;

/// <summary>
/// mpicbg's <c>FastFlat</c> CLAHE: transfer functions of (2·radius + 1)² blocks centred on a grid
/// (remainders split at the borders), bilinearly interpolated in floats between the four around
/// each pixel. As in mpicbg the last image row and column are not visited and keep their values.
/// </summary>
/// <remarks>
/// For an image smaller than one block mpicbg's grid reaches outside the image and it fails with an
/// index out of bounds; here those positions are skipped, which leaves the pixels inside as mpicbg
/// computes them for images of a block or more.
/// </remarks>
internal static class ClaheGrid
{
    /// <summary>Writes the equalised values of <paramref name="source"/> into <paramref name="equalised"/>.</summary>
    public static void Equalise(byte[] source, byte[] equalised, int width, int height, int radius, int bins, float slope)
    {
        var blockSize = (2 * radius) + 1;
        var limit = (int)((slope * blockSize * blockSize / bins) + 0.5f);
        var columns = Centres(width, blockSize, radius);
        var rows = Centres(height, blockSize, radius);
        float[] Transfer(int cx, int cy) => ClaheTransfer.Table(Histogram(source, width, height, radius, bins, cx, cy), limit);

        for (var r = 0; r <= rows.Length; r++)
        {
            int r0 = Math.Max(0, r - 1), r1 = Math.Min(rows.Length - 1, r), dr = rows[r1] - rows[r0];
            var topRight = Transfer(columns[0], rows[r0]);
            var bottomRight = r0 == r1 ? topRight : Transfer(columns[0], rows[r1]);
            var yMin = r == 0 ? 0 : rows[r0];
            var yMax = r < rows.Length ? rows[r1] : height - 1;
            for (var c = 0; c <= columns.Length; c++)
            {
                int c0 = Math.Max(0, c - 1), c1 = Math.Min(columns.Length - 1, c), dc = columns[c1] - columns[c0];
                var (topLeft, bottomLeft) = (topRight, bottomRight);
                if (c0 != c1)
                {
                    topRight = Transfer(columns[c1], rows[r0]);
                    bottomRight = r0 == r1 ? topRight : Transfer(columns[c1], rows[r1]);
                }

                var xMin = c == 0 ? 0 : columns[c0];
                var xMax = c < columns.Length ? columns[c1] : width - 1;
                for (var y = Math.Max(0, yMin); y < Math.Min(height, yMax); y++)
                {
                    var wy = (float)(rows[r1] - y) / dr;
                    for (var x = Math.Max(0, xMin); x < Math.Min(width, xMax); x++)
                    {
                        var wx = (float)(columns[c1] - x) / dc;
                        var v = ClaheTransfer.Bin(source[(y * width) + x], bins);
                        var t0 = c0 == c1 ? topLeft[v] : (wx * topLeft[v]) + ((1.0f - wx) * topRight[v]);
                        var t1 = c0 == c1 ? bottomLeft[v] : (wx * bottomLeft[v]) + ((1.0f - wx) * bottomRight[v]);
                        var t = r0 == r1 ? t0 : (wy * t0) + ((1.0f - wy) * t1);
                        equalised[(y * width) + x] = (byte)Math.Clamp(Geometry.Numerics.JavaMath.ToInt((t * 255.0f) + 0.5f), 0, 255);
                    }
                }
            }
        }
    }

    /// <summary>The block centres along one axis: whole blocks from the start, or with the remainder split between both ends.</summary>
    private static int[] Centres(int length, int blockSize, int radius)
    {
        var count = length / blockSize;
        var remainder = length - (count * blockSize);
        var centres = new int[remainder switch { 0 => count, 1 => count + 1, _ => count + 2 }];
        var offset = remainder > 1 ? 1 : 0;
        for (var i = 0; i < count; i++)
        {
            centres[i + offset] = (i * blockSize) + radius + 1 + (remainder > 1 ? remainder / 2 : 0);
        }

        if (remainder > 1)
        {
            centres[0] = radius + 1;
        }

        if (remainder > 0)
        {
            centres[^1] = length - radius - 1;
        }

        return centres;
    }

    private static int[] Histogram(byte[] source, int width, int height, int radius, int bins, int cx, int cy)
    {
        var histogram = new int[bins + 1];
        int xMin = Math.Max(0, cx - radius), yMin = Math.Max(0, cy - radius);
        int xMax = Math.Min(width, cx + radius + 1), yMax = Math.Min(height, cy + radius + 1);
        for (var y = yMin; y < yMax; y++)
        {
            for (var x = xMin; x < xMax; x++)
            {
                histogram[ClaheTransfer.Bin(source[(y * width) + x], bins)]++;
            }
        }

        return histogram;
    }
}
