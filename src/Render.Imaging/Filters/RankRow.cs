using System.Buffers;

namespace Render.Imaging.Filters;

/// <summary>
/// One row of ImageJ's RankFilters over edge-padded rows: mean and variance from running double
/// sums, minimum and maximum from ImageJ's running maximum (new right-hand points, and a full
/// rescan only when the points leaving on the left held it), median by selection.
/// </summary>
internal readonly struct RankRow(float[] padded, int width, int height, RankKernel kernel, RankFilterType type, float maxValue, float[] result)
    : IRowOperation
{
    public void Invoke(int y)
    {
        var lines = new int[kernel.HalfWidths.Length];
        var stride = width + (2 * kernel.Radius);
        for (var line = 0; line < lines.Length; line++)
        {
            // Rows beyond the top and bottom repeat the edge rows; a line starts at its left end for x = 0.
            var row = Math.Clamp(y + line - kernel.Radius, 0, height - 1);
            lines[line] = (row * stride) + kernel.Radius - kernel.HalfWidths[line];
        }

        var output = result.AsSpan(y * width, width);
        switch (type)
        {
            case RankFilterType.Mean:
            case RankFilterType.Variance:
                Sums(lines, output);
                break;
            case RankFilterType.Min:
                Extreme(lines, output, -1f);
                break;
            case RankFilterType.Max:
                Extreme(lines, output, 1f);
                break;
            default:
                Medians(lines, output);
                break;
        }
    }

    private void Sums(int[] lines, Span<float> output)
    {
        double sum = 0, squares = 0;
        var halfWidths = kernel.HalfWidths;
        for (var line = 0; line < lines.Length; line++)
        {
            for (var p = lines[line]; p <= lines[line] + (2 * halfWidths[line]); p++)
            {
                var v = padded[p];
                sum += v;
                squares += (float)(v * v);
            }
        }

        for (var x = 0; x < output.Length; x++)
        {
            if (x > 0)
            {
                for (var line = 0; line < lines.Length; line++)
                {
                    var leaving = padded[lines[line] + x - 1];
                    var entering = padded[lines[line] + x + (2 * halfWidths[line])];
                    sum += entering - (double)leaving;
                    squares += (float)(entering * entering) - (double)(float)(leaving * leaving);
                }
            }

            var n = kernel.PointCount;
            output[x] = type == RankFilterType.Mean
                ? (float)(sum / n)
                : Math.Min((float)((squares - (sum * sum / n)) / n), maxValue);
        }
    }

    private void Extreme(int[] lines, Span<float> output, float sign)
    {
        var halfWidths = kernel.HalfWidths;
        var max = AreaMax(lines, 0, 0, -float.MaxValue, sign);
        output[0] = max * sign;
        for (var x = 1; x < output.Length; x++)
        {
            var entering = -float.MaxValue;
            var leaving = -float.MaxValue;
            for (var line = 0; line < lines.Length; line++)
            {
                entering = Math.Max(entering, padded[lines[line] + x + (2 * halfWidths[line])] * sign);
                leaving = Math.Max(leaving, padded[lines[line] + x - 1] * sign);
            }

            if (entering >= max)
            {
                max = entering;
            }
            else if (leaving >= max)
            {
                max = AreaMax(lines, x, 1, entering, sign);
            }

            output[x] = max * sign;
        }
    }

    private float AreaMax(int[] lines, int x, int ignoreRight, float max, float sign)
    {
        for (var line = 0; line < lines.Length; line++)
        {
            var end = lines[line] + x + (2 * kernel.HalfWidths[line]) - ignoreRight;
            for (var p = lines[line] + x; p <= end; p++)
            {
                max = Math.Max(max, padded[p] * sign);
            }
        }

        return max;
    }

    private void Medians(int[] lines, Span<float> output)
    {
        var buffer = ArrayPool<float>.Shared.Rent(kernel.PointCount);
        try
        {
            for (var x = 0; x < output.Length; x++)
            {
                var count = 0;
                for (var line = 0; line < lines.Length; line++)
                {
                    var start = lines[line] + x;
                    var length = (2 * kernel.HalfWidths[line]) + 1;
                    padded.AsSpan(start, length).CopyTo(buffer.AsSpan(count));
                    count += length;
                }

                output[x] = Selection.NthSmallest(buffer.AsSpan(0, count), count / 2);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }
}
