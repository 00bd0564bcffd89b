using System.Buffers;
using System.Runtime.Intrinsics;
using NetVips;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Output;
using Render.Imaging.Pixels;

namespace Render.Export.Files;

/// <summary>
/// Encodes what render's clients save: 8- or 16-bit grey (MipmapClient's getGrayBufferedImage
/// result) and ARGB images as render's Utils.saveImage writes them (boxes, sections, ArgbRenderer's
/// output), through ImageIO's rules as <see cref="ImageEncoder"/> models them (PNG compression 6,
/// JPEG quality 85, uncompressed TIFF).
/// </summary>
public static class ImageFileWriter
{
    /// <summary>render's JPEG quality for saved images (0.85).</summary>
    public const float Quality = 0.85f;

    /// <summary>The PNG compression (zlib level) of render's saved images, as <see cref="ImageEncoder"/> writes them.</summary>
    public const int PngCompression = 6;

    /// <summary>A grey raster as 8-bit (Gray8) or 16-bit (Gray16) grey; 8-bit PNG at <paramref name="pngCompression"/>.</summary>
    /// <exception cref="ExportException">16-bit grey in JPEG, which ImageIO cannot write.</exception>
    public static byte[] EncodeGray(Raster gray, ImageFileFormat format, int pngCompression = PngCompression)
    {
        ArgumentNullException.ThrowIfNull(gray);
        if (gray.Kind == PixelKind.Gray16)
        {
            return format switch
            {
                ImageFileFormat.Png => ImageEncoder.EncodeGray16(gray.Gray!, OutputFormat.Png16),
                ImageFileFormat.Tiff => ImageEncoder.EncodeGray16(gray.Gray!, OutputFormat.Tiff16),
                _ => throw new ExportException("16-bit images (maxIntensity of 256 and above) cannot be saved as jpg; use tif or png"),
            };
        }

        // Narrowed into a pooled array (a fresh one per level file was a large-object-heap allocation per tile).
        var pixels = gray.Gray!.Pixels;
        var bytes = ArrayPool<byte>.Shared.Rent(pixels.Length);
        try
        {
            Narrow(pixels, bytes);
            return EncodeGray8(bytes, gray.Width, gray.Height, format, Quality, pngCompression);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// An ARGB box as render's Utils.saveImage writes it: TIFF as RGB; PNG and JPEG drawn onto 8-bit
    /// grey with <paramref name="convertToGray"/>, otherwise RGBA PNG or RGB JPEG (at <paramref name="quality"/>).
    /// </summary>
    public static byte[] EncodeArgb(PixelBuffer<int> argb, ImageFileFormat format, bool convertToGray, float quality = Quality)
    {
        ArgumentNullException.ThrowIfNull(argb);
        return format switch
        {
            ImageFileFormat.Tiff => ImageEncoder.EncodeArgb(argb, OutputFormat.Tiff),
            _ when convertToGray => EncodeGray8(OpaquePixels.ToGray(argb), argb.Width, argb.Height, format, quality),
            ImageFileFormat.Png => ImageEncoder.EncodeArgb(argb, OutputFormat.Png),
            _ => ImageEncoder.EncodeArgb(argb, OutputFormat.Jpeg, quality),
        };
    }

    /// <summary>
    /// render's Utils.saveTiffImageWithResolution: an RGB TIFF whose pixels measure
    /// <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> <paramref name="unit"/>
    /// (the stack's resolution over the render scale), as ImageJ writes and reads a calibration.
    /// </summary>
    public static byte[] EncodeTiffWithResolution(PixelBuffer<int> argb, double pixelWidth, double pixelHeight, string unit)
    {
        ArgumentNullException.ThrowIfNull(argb);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        return ImageJTiff.EncodeRgb(argb, pixelWidth, pixelHeight, unit);
    }

    /// <summary>8-bit values held in ushort cells to bytes, 32 at a time.</summary>
    private static void Narrow(ReadOnlySpan<ushort> from, Span<byte> to)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= from.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var lower = Vector256.Create(from.Slice(i, Vector256<ushort>.Count));
                var upper = Vector256.Create(from.Slice(i + Vector256<ushort>.Count, Vector256<ushort>.Count));
                Vector256.Narrow(lower, upper).CopyTo(to[i..]);
            }
        }

        for (; i < from.Length; i++)
        {
            to[i] = (byte)from[i];
        }
    }

    /// <summary>
    /// 8-bit grey (row by row in the first width × height bytes of <paramref name="gray"/>) as a
    /// grey PNG at <paramref name="pngCompression"/> (0–9; the pixels are the same at every level),
    /// an uncompressed TIFF or a JPEG at <paramref name="quality"/>.
    /// </summary>
    public static byte[] EncodeGray8(byte[] gray, int width, int height, ImageFileFormat format, float quality = Quality, int pngCompression = PngCompression)
    {
        ArgumentNullException.ThrowIfNull(gray);
        using var image = Image.NewFromMemory(gray, width, height, 1, Enums.BandFormat.Uchar);
        using var typed = image.Copy(interpretation: Enums.Interpretation.Bw);
        return format switch
        {
            ImageFileFormat.Png => typed.PngsaveBuffer(compression: pngCompression, filter: Enums.ForeignPngFilter.Paeth),
            ImageFileFormat.Tiff => typed.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.None),
            _ => typed.JpegsaveBuffer(q: Math.Clamp((int)Math.Round(quality * 100), 1, 100), keep: Enums.ForeignKeep.None),
        };
    }
}
