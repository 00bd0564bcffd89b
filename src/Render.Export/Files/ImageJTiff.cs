using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Render.Imaging.Pixels;

namespace Render.Export.Files;

/// <summary>
/// An uncompressed big-endian RGB TIFF with a spatial calibration as ImageJ's TiffEncoder writes it
/// (render's Utils.saveTiffImageWithResolution): the pixel size as XResolution and YResolution
/// (pixels per unit, a rational over 1,000,000, or 1,000 above 1,000 pixels per unit), the unit as
/// ResolutionUnit (inch, cm, else none) and, as ImageJ reads it back, in the ImageDescription
/// (<c>ImageJ=1.53c\nunit=nm\n</c>).
/// </summary>
internal static class ImageJTiff
{
    private const int EntrySize = 12;

    /// <summary>The TIFF of <paramref name="argb"/> (alpha dropped) with <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> <paramref name="unit"/> per pixel.</summary>
    public static byte[] EncodeRgb(PixelBuffer<int> argb, double pixelWidth, double pixelHeight, string unit)
    {
        var description = Encoding.ASCII.GetBytes($"ImageJ=1.53c\nunit={Escaped(unit)}\n\0");
        int width = argb.Width, height = argb.Height;
        var imageBytes = (long)width * height * 3;
        const int entries = 13;
        const int ifdOffset = 8;
        var ifdSize = 2 + (entries * EntrySize) + 4;
        var bitsOffset = ifdOffset + ifdSize;
        var descriptionOffset = bitsOffset + 6;
        var resolutionOffset = descriptionOffset + description.Length;
        var imageOffset = resolutionOffset + 16;
        var tiff = new byte[imageOffset + imageBytes];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(4), ifdOffset);
        BinaryPrimitives.WriteInt16BigEndian(tiff.AsSpan(ifdOffset), entries);
        var at = ifdOffset + 2;
        at = Entry(tiff, at, 254, 4, 1, 0); // NewSubfileType
        at = Entry(tiff, at, 256, 4, 1, width);
        at = Entry(tiff, at, 257, 4, 1, height);
        at = Entry(tiff, at, 258, 3, 3, bitsOffset); // BitsPerSample 8,8,8
        at = Entry(tiff, at, 262, 3, 1, 2 << 16); // Photometric RGB (a SHORT, left-justified)
        at = Entry(tiff, at, 270, 2, description.Length, descriptionOffset);
        at = Entry(tiff, at, 273, 4, 1, imageOffset); // StripOffsets
        at = Entry(tiff, at, 277, 3, 1, 3 << 16); // SamplesPerPixel
        at = Entry(tiff, at, 278, 3, 1, Math.Min(height, ushort.MaxValue) << 16); // RowsPerStrip
        at = Entry(tiff, at, 279, 4, 1, (int)imageBytes); // StripByteCounts
        at = Entry(tiff, at, 282, 5, 1, resolutionOffset); // XResolution
        at = Entry(tiff, at, 283, 5, 1, resolutionOffset + 8); // YResolution
        Entry(tiff, at, 296, 3, 1, ResolutionUnit(unit) << 16);
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(tiff.AsSpan(bitsOffset + (2 * i)), 8);
        }

        description.CopyTo(tiff, descriptionOffset);
        Rational(tiff, resolutionOffset, 1 / pixelWidth);
        Rational(tiff, resolutionOffset + 8, 1 / pixelHeight);
        var pixels = argb.Pixels;
        var to = tiff.AsSpan(imageOffset);
        for (var i = 0; i < pixels.Length; i++)
        {
            to[3 * i] = (byte)(pixels[i] >> 16);
            to[(3 * i) + 1] = (byte)(pixels[i] >> 8);
            to[(3 * i) + 2] = (byte)pixels[i];
        }

        return tiff;
    }

    private static int Entry(byte[] tiff, int at, short tag, short type, int count, int value)
    {
        BinaryPrimitives.WriteInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at + 8), value);
        return at + EntrySize;
    }

    /// <summary>ImageJ's resolution rational: (int)(perUnit · scale) / scale, scale 1,000,000 (1,000 above 1,000 pixels per unit).</summary>
    private static void Rational(byte[] tiff, int at, double perUnit)
    {
        var scale = perUnit > 1000 ? 1000.0 : 1_000_000.0;
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at), (int)(perUnit * scale));
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(at + 4), (int)scale);
    }

    private static int ResolutionUnit(string unit) => unit switch
    {
        "inch" => 2,
        "cm" => 3,
        _ => 1,
    };

    /// <summary>ImageJ writes µ as its escape so that the description stays ASCII.</summary>
    private static string Escaped(string unit) =>
        string.Concat(unit.Select(c => c < 128 ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")));
}
