namespace Render.Imaging.Filters;

/// <summary>
/// ImageJ's circular RankFilters kernel (<c>makeLineRadii</c>): for a radius r, r² is truncated and
/// one added, the kernel is (2k + 1) lines high with k = ⌊√(r² + 1)⌋, and line dy reaches
/// ⌊√(r² + 1 − dy²)⌋ pixels either side (radii in [1.5, 1.75) and [2.5, 2.85) are widened to
/// ImageJ's historical sizes).
/// </summary>
internal sealed class RankKernel
{
    private RankKernel(int radius, int[] halfWidths, int pointCount)
    {
        Radius = radius;
        HalfWidths = halfWidths;
        PointCount = pointCount;
    }

    /// <summary>The kernel radius in x and y; the kernel is 2·radius + 1 lines high.</summary>
    public int Radius { get; }

    /// <summary>How far each line reaches either side of the centre, from the top line down.</summary>
    public int[] HalfWidths { get; }

    /// <summary>The number of pixels in the kernel (always odd).</summary>
    public int PointCount { get; }

    /// <summary>The largest radius built; ImageJ's own dialog stops at 1000, and beyond this the kernel's sizes overflow.</summary>
    public const double MaxRadius = 10_000;

    /// <summary>The kernel for <paramref name="radius"/>.</summary>
    /// <exception cref="Model.RenderInputException">The radius is larger than <see cref="MaxRadius"/>.</exception>
    public static RankKernel ForRadius(double radius)
    {
        if (Math.Abs(radius) > MaxRadius)
        {
            throw new Model.RenderInputException($"a rank filter radius of {radius} (at this mipmap scale) is larger than this server filters ({MaxRadius})");
        }

        if (radius >= 1.5 && radius < 1.75)
        {
            radius = 1.75;
        }
        else if (radius >= 2.5 && radius < 2.85)
        {
            radius = 2.85;
        }

        var r2 = Geometry.Numerics.JavaMath.ToInt(radius * radius) + 1;
        var kernelRadius = (int)Math.Sqrt(r2 + 1e-10);
        var halfWidths = new int[(2 * kernelRadius) + 1];
        var points = 0;
        for (var line = 0; line < halfWidths.Length; line++)
        {
            var dy = line - kernelRadius;
            halfWidths[line] = dy == 0 ? kernelRadius : (int)Math.Sqrt(r2 - (dy * dy) + 1e-10);
            points += (2 * halfWidths[line]) + 1;
        }

        return new RankKernel(kernelRadius, halfWidths, points);
    }

    /// <summary>
    /// The plane's rows widened by <paramref name="radius"/> pixels on each side, filled with the
    /// edge pixel (ImageJ's cache padding); rows are <c>width + 2·radius</c> long.
    /// </summary>
    public static float[] PadRows(FloatPlane plane, int radius)
    {
        ArgumentNullException.ThrowIfNull(plane);
        int width = plane.Width, stride = width + (2 * radius);
        var padded = new float[stride * plane.Height];
        for (var y = 0; y < plane.Height && width > 0; y++)
        {
            var row = plane.Values.AsSpan(y * width, width);
            var target = padded.AsSpan(y * stride, stride);
            target[..radius].Fill(row[0]);
            row.CopyTo(target[radius..]);
            target[(radius + width)..].Fill(row[^1]);
        }

        return padded;
    }
}
