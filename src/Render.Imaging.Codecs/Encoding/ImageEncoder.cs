using System.Buffers.Binary;
using NetVips;
using Render.Imaging.Output;
using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Encoding;

/// <summary>
/// Writes render's outputs: PNG as PNGJ does (compression 6, Paeth filter, RGBA8 or Gray16), JPEG
/// as ImageIO at the given quality (its 0.85 is the IJG quality 85 with 4:2:0 chroma), TIFF
/// uncompressed as ImageJ's TiffEncoder (RGB without alpha, or 16-bit grey), raw big-endian.
/// </summary>
public static class ImageEncoder
{
    /// <summary>Encodes an ARGB result.</summary>
    public static byte[] EncodeArgb(PixelBuffer<int> argb, OutputFormat format, float quality = 0.85f, bool convertToGray = false)
    {
        ArgumentNullException.ThrowIfNull(argb);
        return format switch
        {
            OutputFormat.Png => Png(argb),
            OutputFormat.Jpeg => Jpeg(argb, quality, convertToGray),
            OutputFormat.Tiff => Tiff(argb),
            OutputFormat.Raw => Raw(argb),
            _ => throw new ArgumentException($"{format} is a 16-bit format; render a 16-bit image for it"),
        };
    }

    /// <summary>Encodes a 16-bit grey result.</summary>
    public static byte[] EncodeGray16(PixelBuffer<ushort> gray, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(gray);
        if (format == OutputFormat.Raw16)
        {
            var raw = new byte[2 * gray.Length];
            var pixels = gray.Pixels;
            for (var i = 0; i < pixels.Length; i++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(raw.AsSpan(2 * i), pixels[i]);
            }

            return raw;
        }

        using var image = Image.NewFromMemory(gray.Pixels.ToArray(), gray.Width, gray.Height, 1, Enums.BandFormat.Ushort);
        using var typed = image.Copy(interpretation: Enums.Interpretation.Grey16);
        return format switch
        {
            OutputFormat.Png16 => typed.PngsaveBuffer(compression: 6, filter: Enums.ForeignPngFilter.Paeth, bitdepth: 16),
            OutputFormat.Tiff16 => typed.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.None),
            _ => throw new ArgumentException($"{format} is not a 16-bit format"),
        };
    }

    private static byte[] Png(PixelBuffer<int> argb)
    {
        var pixels = argb.Pixels;
        var rgba = new byte[4 * pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            rgba[4 * i] = (byte)(p >> 16);
            rgba[(4 * i) + 1] = (byte)(p >> 8);
            rgba[(4 * i) + 2] = (byte)p;
            rgba[(4 * i) + 3] = (byte)(p >>> 24);
        }

        using var image = Image.NewFromMemory(rgba, argb.Width, argb.Height, 4, Enums.BandFormat.Uchar);
        using var typed = image.Copy(interpretation: Enums.Interpretation.Srgb);
        return typed.PngsaveBuffer(compression: 6, filter: Enums.ForeignPngFilter.Paeth);
    }

    private static byte[] Jpeg(PixelBuffer<int> argb, float quality, bool convertToGray)
    {
        var q = Math.Clamp((int)Math.Round(quality * 100), 1, 100);
        using var image = convertToGray
            ? Image.NewFromMemory(OpaquePixels.ToGray(argb), argb.Width, argb.Height, 1, Enums.BandFormat.Uchar)
            : Image.NewFromMemory(OpaquePixels.ToRgb(argb), argb.Width, argb.Height, 3, Enums.BandFormat.Uchar);
        using var typed = image.Copy(interpretation: convertToGray ? Enums.Interpretation.Bw : Enums.Interpretation.Srgb);
        return typed.JpegsaveBuffer(q: q, subsampleMode: Enums.ForeignSubsample.On, keep: Enums.ForeignKeep.None);
    }

    private static byte[] Tiff(PixelBuffer<int> argb)
    {
        var pixels = argb.Pixels;
        var rgb = new byte[3 * pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            rgb[3 * i] = (byte)(pixels[i] >> 16);
            rgb[(3 * i) + 1] = (byte)(pixels[i] >> 8);
            rgb[(3 * i) + 2] = (byte)pixels[i];
        }

        using var image = Image.NewFromMemory(rgb, argb.Width, argb.Height, 3, Enums.BandFormat.Uchar);
        using var typed = image.Copy(interpretation: Enums.Interpretation.Srgb);
        return typed.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.None);
    }

    private static byte[] Raw(PixelBuffer<int> argb)
    {
        var pixels = argb.Pixels;
        var raw = new byte[4 * pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(4 * i), pixels[i]);
        }

        return raw;
    }
}
