namespace Render.Imaging.Filters;

/// <summary>
/// ImageJ's <c>rollingBallFloatBackground</c> (no inversion): the plane smoothed by a 3×3 mean (rows,
/// then columns), shrunk by taking block minima, the ball rolled under it (every pixel raised to
/// the highest ball surface below the image), and the result enlarged back by ImageJ's bilinear
/// interpolation. All in floats, in ImageJ's order.
/// </summary>
internal static class RollingBallBackground
{
    /// <summary>Replaces <paramref name="plane"/>'s values by their background.</summary>
    public static void Compute(FloatPlane plane, RollingBall ball)
    {
        SmoothRowsThenColumns(plane.Values, plane.Width, plane.Height);
        var shrink = ball.ShrinkFactor;
        if (shrink == 1)
        {
            Roll(plane.Values, plane.Width, plane.Height, ball);
            return;
        }

        int smallWidth = (plane.Width + shrink - 1) / shrink, smallHeight = (plane.Height + shrink - 1) / shrink;
        var small = Shrink(plane.Values, plane.Width, plane.Height, shrink, smallWidth, smallHeight);
        Roll(small, smallWidth, smallHeight, ball);
        Enlarge(small, smallWidth, smallHeight, plane.Values, plane.Width, plane.Height, shrink);
    }

    /// <summary>ImageJ's <c>filter3x3(fp, MEAN)</c>: each line's 3-neighbourhood mean with the ends repeated.</summary>
    private static void SmoothRowsThenColumns(float[] pixels, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            Smooth(pixels, width, y * width, 1);
        }

        for (var x = 0; x < width; x++)
        {
            Smooth(pixels, height, x, width);
        }
    }

    private static void Smooth(float[] pixels, int length, int start, int step)
    {
        var next = pixels[start];
        var current = next;
        for (int i = 0, p = start; i < length; i++, p += step)
        {
            var previous = current;
            current = next;
            if (i < length - 1)
            {
                next = pixels[p + step];
            }

            var mean = (previous + current + next) * 0.333333333f;
            if (!float.IsNaN(mean))
            {
                pixels[p] = mean;
            }
        }
    }

    private static float[] Shrink(float[] pixels, int width, int height, int shrink, int smallWidth, int smallHeight)
    {
        var small = new float[smallWidth * smallHeight];
        for (var ys = 0; ys < smallHeight; ys++)
        {
            for (var xs = 0; xs < smallWidth; xs++)
            {
                var min = float.MaxValue;
                for (int j = 0, y = shrink * ys; j < shrink && y < height; j++, y++)
                {
                    for (int k = 0, x = shrink * xs; k < shrink && x < width; k++, x++)
                    {
                        min = Math.Min(min, pixels[x + (y * width)]);
                    }
                }

                small[xs + (ys * smallWidth)] = min;
            }
        }

        return small;
    }

    /// <summary>ImageJ's <c>rollBall</c>: for every ball centre, the lowest height that keeps the patch under the image, then the image's background raised to it.</summary>
    private static void Roll(float[] pixels, int width, int height, RollingBall ball)
    {
        var heights = ball.Heights;
        var ballWidth = ball.Width;
        var radius = ballWidth / 2;
        var cache = new float[width * ballWidth];
        for (var y = -radius; y < height + radius; y++)
        {
            var nextLine = y + radius;
            if (nextLine < height)
            {
                Array.Copy(pixels, nextLine * width, cache, (nextLine % ballWidth) * width, width);
                pixels.AsSpan(nextLine * width, width).Fill(-float.MaxValue);
            }

            var y0 = Math.Max(0, y - radius);
            var yBall0 = y0 - y + radius;
            var yEnd = Math.Min(height - 1, y + radius);
            for (var x = -radius; x < width + radius; x++)
            {
                var z = float.MaxValue;
                var x0 = Math.Max(0, x - radius);
                var xBall0 = x0 - x + radius;
                var xEnd = Math.Min(width - 1, x + radius);
                for (int yp = y0, yBall = yBall0; yp <= yEnd; yp++, yBall++)
                {
                    for (int xp = x0, c = ((yp % ballWidth) * width) + x0, b = xBall0 + (yBall * ballWidth); xp <= xEnd; xp++, c++, b++)
                    {
                        var reduced = cache[c] - heights[b];
                        if (z > reduced)
                        {
                            z = reduced;
                        }
                    }
                }

                for (int yp = y0, yBall = yBall0; yp <= yEnd; yp++, yBall++)
                {
                    for (int xp = x0, p = xp + (yp * width), b = xBall0 + (yBall * ballWidth); xp <= xEnd; xp++, p++, b++)
                    {
                        var raised = z + heights[b];
                        if (pixels[p] < raised)
                        {
                            pixels[p] = raised;
                        }
                    }
                }
            }
        }
    }

    /// <summary>ImageJ's <c>enlargeImage</c>: each full-size line from two interpolated shrunk lines, weights from pixel-centre distances.</summary>
    private static void Enlarge(float[] small, int smallWidth, int smallHeight, float[] pixels, int width, int height, int shrink)
    {
        var (xIndices, xWeights) = InterpolationArrays(width, smallWidth, shrink);
        var (yIndices, yWeights) = InterpolationArrays(height, smallHeight, shrink);
        var line0 = new float[width];
        var line1 = new float[width];
        InterpolateLine(small, 0, smallWidth, xIndices, xWeights, line1);
        var smallLine0 = -1;
        for (var y = 0; y < height; y++)
        {
            if (smallLine0 < yIndices[y])
            {
                (line0, line1) = (line1, line0);
                smallLine0++;
                InterpolateLine(small, Math.Min(smallHeight - 1, yIndices[y] + 1) * smallWidth, smallWidth, xIndices, xWeights, line1);
            }

            var weight = yWeights[y];
            for (int x = 0, p = y * width; x < width; x++, p++)
            {
                pixels[p] = (line0[x] * weight) + (line1[x] * (1f - weight));
            }
        }
    }

    private static void InterpolateLine(float[] small, int row, int smallWidth, int[] indices, float[] weights, float[] line)
    {
        for (var x = 0; x < line.Length; x++)
        {
            var i = indices[x];
            line[x] = (small[row + i] * weights[x]) + (small[row + Math.Min(smallWidth - 1, i + 1)] * (1f - weights[x]));
        }
    }

    /// <summary>
    /// ImageJ's <c>makeInterpolationArrays</c>: the left shrunk neighbour of each full-size pixel
    /// (at most the second last) and its weight. A shrunk side of one pixel, where ImageJ would read
    /// before the array, uses that pixel alone.
    /// </summary>
    private static (int[] Indices, float[] Weights) InterpolationArrays(int length, int smallLength, int shrink)
    {
        var indices = new int[length];
        var weights = new float[length];
        for (var i = 0; i < length; i++)
        {
            var index = (i - (shrink / 2)) / shrink;
            if (index >= smallLength - 1)
            {
                index = Math.Max(0, smallLength - 2);
            }

            indices[i] = index;
            weights[i] = smallLength == 1 ? 1f : 1f - (((i + 0.5f) / shrink) - (index + 0.5f));
        }

        return (indices, weights);
    }
}
