namespace Render.Imaging.Filters;

/// <summary>
/// One row of mpicbg's <c>Flat</c> CLAHE: a block histogram slid along the row (a column leaves on
/// the left and one enters on the right), clipped and turned into each pixel's transfer value.
/// </summary>
internal readonly struct ClaheRow(byte[] source, byte[] equalised, int width, int height, int radius, int bins, float slope) : IRowOperation
{
    public void Invoke(int y)
    {
        var yMin = Math.Max(0, y - radius);
        var yMax = Math.Min(height, y + radius + 1);
        var blockHeight = yMax - yMin;
        var histogram = new int[bins + 1];
        var clipped = new int[bins + 1];

        // mpicbg fills columns [0, min(width − 1, radius)) before the first pixel adds column radius.
        for (var yi = yMin; yi < yMax; yi++)
        {
            for (var xi = 0; xi < Math.Min(width - 1, radius); xi++)
            {
                histogram[ClaheTransfer.Bin(source[(yi * width) + xi], bins)]++;
            }
        }

        for (var x = 0; x < width; x++)
        {
            var bin = ClaheTransfer.Bin(source[(y * width) + x], bins);
            var xMin = Math.Max(0, x - radius);
            var xMax = x + radius + 1;
            var count = blockHeight * (Math.Min(width, xMax) - xMin);
            var limit = (int)((slope * count / bins) + 0.5f);
            for (var yi = yMin; yi < yMax; yi++)
            {
                if (xMin > 0)
                {
                    histogram[ClaheTransfer.Bin(source[(yi * width) + xMin - 1], bins)]--;
                }

                if (xMax <= width)
                {
                    histogram[ClaheTransfer.Bin(source[(yi * width) + xMax - 1], bins)]++;
                }
            }

            var value = ClaheTransfer.Value(bin, histogram, clipped, limit) * 255.0f;
            equalised[(y * width) + x] = (byte)Geometry.Numerics.JavaMath.ToInt(value + 0.5f);
        }
    }
}
