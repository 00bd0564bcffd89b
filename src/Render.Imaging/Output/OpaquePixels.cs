using Render.Imaging.Pixels;

namespace Render.Imaging.Output;

/// <summary>
/// What render's ImageIO writers receive: the ARGB output drawn (SrcOver) onto an opaque black
/// TYPE_INT_RGB image, or onto TYPE_BYTE_GRAY with Java2D's grey weights (77, 150, 29)/256.
/// </summary>
public static class OpaquePixels
{
    /// <summary>Interleaved 8-bit R, G, B.</summary>
    public static byte[] ToRgb(PixelBuffer<int> argb)
    {
        ArgumentNullException.ThrowIfNull(argb);
        var pixels = argb.Pixels;
        var rgb = new byte[3 * pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = ArgbOutput.SourceOver(pixels[i], unchecked((int)0xff000000));
            rgb[3 * i] = (byte)(p >> 16);
            rgb[(3 * i) + 1] = (byte)(p >> 8);
            rgb[(3 * i) + 2] = (byte)p;
        }

        return rgb;
    }

    /// <summary>8-bit grey.</summary>
    public static byte[] ToGray(PixelBuffer<int> argb)
    {
        ArgumentNullException.ThrowIfNull(argb);
        var pixels = argb.Pixels;
        var gray = new byte[pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = ArgbOutput.SourceOver(pixels[i], unchecked((int)0xff000000));
            gray[i] = (byte)(((77 * ((p >> 16) & 0xff)) + (150 * ((p >> 8) & 0xff)) + (29 * (p & 0xff)) + 128) >> 8);
        }

        return gray;
    }
}
