namespace Render.Imaging.Filters;

/// <summary>
/// mpicbg's BlockStatistics: double integral images of a plane's values and squared values,
/// (width + 1)×(height + 1) with a zero first row and column, built in mpicbg's order (row prefix
/// sums, then running column sums). The first square of each row is a double product and the rest
/// float products, as in mpicbg's <c>integrateRows</c>.
/// </summary>
internal sealed class BlockStatistics
{
    private BlockStatistics(int stride, double[] sums, double[] squares)
    {
        Stride = stride;
        Sums = sums;
        Squares = squares;
    }

    /// <summary>The integral images' row length, width + 1.</summary>
    public int Stride { get; }

    /// <summary>The integral image of the values.</summary>
    public double[] Sums { get; }

    /// <summary>The integral image of the squared values.</summary>
    public double[] Squares { get; }

    /// <summary>The integral images of <paramref name="plane"/>.</summary>
    public static BlockStatistics Of(FloatPlane plane)
    {
        ArgumentNullException.ThrowIfNull(plane);
        int width = plane.Width, height = plane.Height, stride = width + 1;
        var sums = new double[stride * (height + 1)];
        var squares = new double[sums.Length];
        var values = plane.Values;
        for (var y = 0; y < height && width > 0; y++)
        {
            var i = y * width;
            var j = ((y + 1) * stride) + 1;
            double s = values[i];
            var ss = s * s;
            sums[j] = s;
            squares[j] = ss;
            for (var x = 1; x < width; x++)
            {
                var a = values[i + x];
                s += a;
                ss += (float)(a * a);
                sums[j + x] = s;
                squares[j + x] = ss;
            }
        }

        for (var y = 2; y <= height; y++)
        {
            var row = y * stride;
            for (var x = 1; x <= width; x++)
            {
                sums[row + x] += sums[row - stride + x];
                squares[row + x] += squares[row - stride + x];
            }
        }

        return new BlockStatistics(stride, sums, squares);
    }

    /// <summary>
    /// mpicbg's <c>DoubleIntegralImage.getDoubleSum</c> over pixels (xMin, xMax] × (yMin, yMax]
    /// (minima may be −1), evaluated in its order.
    /// </summary>
    public static double Sum(double[] integral, int stride, int xMin, int yMin, int xMax, int yMax)
    {
        var y1 = ((yMin + 1) * stride) + 1;
        var y2 = ((yMax + 1) * stride) + 1;
        return integral[y1 + xMin] + integral[y2 + xMax] - integral[y1 + xMax] - integral[y2 + xMin];
    }
}
