namespace Render.Imaging.Filters;

/// <summary>
/// ImageJ's RollingBall: the top patch of a ball of the given radius as heights over a square, and
/// how much the image is shrunk before rolling it (1, 2, 4 or 8 for radii up to 10, 30, 100 and
/// beyond), with ImageJ's trimming of the patch's sides (24, 24, 32 and 40 per cent).
/// </summary>
internal sealed class RollingBall
{
    private RollingBall(float[] heights, int width, int shrinkFactor)
    {
        Heights = heights;
        Width = width;
        ShrinkFactor = shrinkFactor;
    }

    /// <summary>The patch's heights above the ball's centre, row-major, <see cref="Width"/>².</summary>
    public float[] Heights { get; }

    /// <summary>The patch's side, an odd number of (shrunk) pixels.</summary>
    public int Width { get; }

    /// <summary>How many image pixels one shrunk pixel covers in x and y.</summary>
    public int ShrinkFactor { get; }

    /// <summary>ImageJ's ball for <paramref name="radius"/>.</summary>
    public static RollingBall ForRadius(double radius)
    {
        var (shrinkFactor, trimPercent) = radius switch
        {
            <= 10 => (1, 24),
            <= 30 => (2, 24),
            <= 100 => (4, 32),
            _ => (8, 40),
        };
        var smallRadius = Math.Max(1, radius / shrinkFactor);
        var squared = smallRadius * smallRadius;
        var trim = Geometry.Numerics.JavaMath.ToInt(trimPercent * smallRadius) / 100;
        var halfWidth = (int)Geometry.Numerics.JavaMath.Round(smallRadius - trim);
        var width = (2 * halfWidth) + 1;
        var heights = new float[width * width];
        for (int y = 0, p = 0; y < width; y++)
        {
            for (var x = 0; x < width; x++, p++)
            {
                int dx = x - halfWidth, dy = y - halfWidth;
                var h = squared - (dx * dx) - (dy * dy);
                heights[p] = h > 0 ? (float)Math.Sqrt(h) : 0f;
            }
        }

        return new RollingBall(heights, width, shrinkFactor);
    }
}
