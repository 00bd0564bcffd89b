namespace Render.Imaging.Pixels;

/// <summary>
/// ImageJ's processor conversions as render uses them: a source is converted to the canvas's
/// kind before mapping (convertToByteProcessor / ShortProcessor / ColorProcessor, which apply the
/// source's display range), and masks are made 8-bit.
/// </summary>
public static class RasterConversion
{
    /// <summary>
    /// <paramref name="source"/> as <paramref name="kind"/>: 8→16-bit copies values unscaled;
    /// 16→8-bit and grey→RGB go through the display range; RGB→grey is the unweighted mean of R, G, B.
    /// </summary>
    public static Raster Convert(Raster source, DisplayRange range, PixelKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind == kind)
        {
            return source;
        }

        var target = Raster.Allocate(kind, source.Width, source.Height);
        var length = source.Width * source.Height;
        if (source.Gray is { } gray)
        {
            var from = gray.Array;
            if (kind == PixelKind.Gray16)
            {
                Array.Copy(from, target.Gray!.Array, length);
                return target;
            }

            var lut = range.EightBitLookup(source.Kind, () => DataRange(source));
            if (kind == PixelKind.Gray8)
            {
                var to = target.Gray!.Array;
                for (var i = 0; i < length; i++)
                {
                    to[i] = lut[from[i]];
                }
            }
            else
            {
                var to = target.Rgb!.Array;
                for (var i = 0; i < length; i++)
                {
                    to[i] = unchecked((int)0xff000000) | (lut[from[i]] * 0x010101);
                }
            }

            return target;
        }

        var rgb = source.Rgb!.Array;
        var grey = target.Gray!.Array;
        for (var i = 0; i < length; i++)
        {
            var p = rgb[i];
            grey[i] = (ushort)((((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3);
        }

        return target;
    }

    /// <summary>A mask as 8-bit: 16-bit masks scaled by their data range (a fresh image's display range), RGB by the mean.</summary>
    public static Raster ToMask(Raster mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        return mask.Kind == PixelKind.Gray8 ? mask : Convert(mask, new DisplayRange(0, 0), PixelKind.Gray8);
    }

    /// <summary>The smallest and largest grey value (ImageJ's data range for an auto display range).</summary>
    public static (int Min, int Max) DataRange(Raster raster)
    {
        ArgumentNullException.ThrowIfNull(raster);
        if (raster.Gray is not { } gray || gray.Length == 0)
        {
            return (0, 255);
        }

        int min = ushort.MaxValue, max = 0;
        foreach (var v in gray.Pixels)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    /// <summary>ColorProcessor.setMinAndMax: rewrites every channel through the range's LUT (identity for 0..255).</summary>
    public static Raster StretchRgb(Raster source, DisplayRange range)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind != PixelKind.Rgb || range.IsIdentity8Bit)
        {
            return source;
        }

        var lut = range.EightBitLookup(PixelKind.Rgb, () => (0, 255));
        var target = Raster.Allocate(PixelKind.Rgb, source.Width, source.Height);
        var from = source.Rgb!.Pixels;
        var to = target.Rgb!.Pixels;
        for (var i = 0; i < from.Length; i++)
        {
            var p = from[i];
            to[i] = (int)(p & 0xff000000) | (lut[(p >> 16) & 0xff] << 16) | (lut[(p >> 8) & 0xff] << 8) | lut[p & 0xff];
        }

        return target;
    }
}
