namespace Render.Matching.Canvases;

/// <summary>
/// A canvas rendered for matching: 8-bit grey pixels (the rendered channel through its display range,
/// RGB as the mean of its channels, several channels averaged as render does) and the coverage mask
/// (0 where no tile or a tile's mask leaves the pixel out), row-major. Immutable once made; the
/// constructor takes the arrays as they are (not copied) and throws <see cref="ArgumentException"/>
/// when they do not hold width × height values.
/// </summary>
public sealed class MatchCanvas(int width, int height, byte[] pixels, byte[]? mask)
{
    /// <summary>Width in canvas pixels.</summary>
    public int Width { get; } = width;

    /// <summary>Height in canvas pixels.</summary>
    public int Height { get; } = height;

    /// <summary>The grey values.</summary>
    public byte[] Pixels { get; } = RequireSize(width, height, pixels, mask);

    /// <summary>The mask, or null when no tile of the canvas has one (or masks were excluded).</summary>
    public byte[]? Mask { get; } = mask;

    /// <summary>render's ImageProcessorUtil.isMaskedOut at the pixel holding (x, y): false without a mask.</summary>
    public bool IsMaskedOut(double x, double y)
    {
        if (Mask is null)
        {
            return false;
        }

        int ix = Math.Clamp((int)x, 0, Width - 1), iy = Math.Clamp((int)y, 0, Height - 1);
        return Mask[(iy * Width) + ix] == 0;
    }

    private static byte[] RequireSize(int width, int height, byte[] pixels, byte[]? mask)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width < 1 || height < 1 || pixels.Length != width * height || (mask is not null && mask.Length != pixels.Length))
        {
            throw new ArgumentException($"a {width} x {height} canvas needs {width * height} pixels (and mask values), got {pixels.Length}");
        }

        return pixels;
    }
}
