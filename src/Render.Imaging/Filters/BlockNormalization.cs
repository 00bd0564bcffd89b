namespace Render.Imaging.Filters;

/// <summary>
/// One row of mpicbg's integral NormalizeLocalContrast (<c>runCenterStretch</c>, <c>runCenter</c>,
/// <c>runStretch</c>): each pixel from the mean and sample standard deviation of its clipped block,
/// in double, in mpicbg's evaluation order, stored as a float.
/// </summary>
internal readonly struct BlockNormalization(
    FloatPlane plane, BlockStatistics statistics, int radiusX, int radiusY, float meanFactor, float min, float max, bool center, bool stretch)
    : IRowOperation
{
    private readonly double _min = min;
    private readonly double _length = (double)max - min;

    public void Invoke(int y)
    {
        if (!center && !stretch)
        {
            return;
        }

        int width = plane.Width, stride = statistics.Stride;
        var values = plane.Values;
        var yMin = Math.Max(-1, y - radiusY - 1);
        var yMax = Math.Min(plane.Height - 1, y + radiusY);
        var blockHeight = yMax - yMin;
        var mean = (_length / 2.0) + _min;
        for (var x = 0; x < width; x++)
        {
            var xMin = Math.Max(-1, x - radiusX - 1);
            var xMax = Math.Min(width - 1, x + radiusX);

            // mpicbg multiplies two ints and widens the product to long.
            long size = (xMax - xMin) * blockHeight;
            var sum = BlockStatistics.Sum(statistics.Sums, stride, xMin, yMin, xMax, yMax);
            var i = (y * width) + x;
            double v = values[i];
            if (!stretch)
            {
                values[i] = (float)(v - (sum * (1.0 / size)) + mean);
                continue;
            }

            var variance = (1.0 / (size - 1) * BlockStatistics.Sum(statistics.Squares, stride, xMin, yMin, xMax, yMax))
                - (1.0 / ((size * size) - size) * sum * sum);
            var d = meanFactor * (variance < 0 ? 0 : Math.Sqrt(variance));
            values[i] = center
                ? (float)(((v - ((sum * (1.0 / size)) - d)) / 2 / d * _length) + _min)
                : (float)(((v - mean) / 2 / d * _length) + mean);
        }
    }
}
