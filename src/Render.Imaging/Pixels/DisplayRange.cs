using Render.Geometry.Numerics;

namespace Render.Imaging.Pixels;

/// <summary>
/// The intensity range given to ImageJ's <c>setMinAndMax</c>, and the 8-bit lookup it implies for
/// each pixel kind (how ImageJ turns a processor into 8-bit or RGB pixels).
/// </summary>
/// <param name="Min">The minimum as given.</param>
/// <param name="Max">The maximum as given.</param>
public readonly record struct DisplayRange(double Min, double Max)
{
    /// <summary>The default range of 8-bit images.</summary>
    public static DisplayRange Default8Bit => new(0, 255);

    /// <summary>True when the range leaves 8-bit and RGB values unchanged.</summary>
    public bool IsIdentity8Bit => Min == 0 && Max == 255;

    /// <summary>
    /// The 8-bit value of every possible pixel value of <paramref name="kind"/> under this range:
    /// ByteProcessor's LUT, ShortProcessor's <c>256/(max − min + 1)</c> scaling with +0.5 (a (0, 0)
    /// range meaning the data range, supplied by <paramref name="dataRange"/>), or ColorProcessor's
    /// per-channel LUT.
    /// </summary>
    public byte[] EightBitLookup(PixelKind kind, Func<(int Min, int Max)> dataRange)
    {
        ArgumentNullException.ThrowIfNull(dataRange);
        return kind == PixelKind.Gray16 ? ShortLookup(dataRange) : ByteLookup(kind == PixelKind.Rgb);
    }

    private byte[] ByteLookup(bool color)
    {
        var lut = new byte[256];
        var roundedMin = color ? JavaMath.ToInt(Min) : (int)JavaMath.Round(Min);
        for (var i = 0; i < 256; i++)
        {
            int v;
            if (!color && i < Min)
            {
                v = 0;
            }
            else if (!color && i > Max)
            {
                v = 255;
            }
            else
            {
                v = JavaMath.ToInt(256.0 * (i - roundedMin) / (Max - Min));
            }

            lut[i] = (byte)Math.Clamp(v, 0, 255);
        }

        return lut;
    }

    private byte[] ShortLookup(Func<(int Min, int Max)> dataRange)
    {
        var (min, max) = Min == 0 && Max == 0
            ? dataRange()
            : (Math.Clamp(JavaMath.ToInt(Min), 0, 65535), Math.Clamp(JavaMath.ToInt(Max), 0, 65535));
        var scale = 256.0 / (max - min + 1);
        var lut = new byte[65536];
        for (var i = 0; i < lut.Length; i++)
        {
            var value = Math.Max(0, i - min);
            lut[i] = (byte)Math.Min(255, JavaMath.ToInt((value * scale) + 0.5));
        }

        return lut;
    }
}
