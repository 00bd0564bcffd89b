using NetVips;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Output;
using Render.Imaging.Pixels;

namespace Render.Export.Files;

/// <summary>
/// Encodes what the mipmap and box clients save: 8- or 16-bit grey (render's getGrayBufferedImage
/// result) and ARGB box images, through ImageIO's rules as <see cref="ImageEncoder"/> models them
/// (PNG compression 6, JPEG quality 85, uncompressed TIFF).
/// </summary>
internal static class ImageFileWriter
{
    /// <summary>render's JPEG quality for saved images (0.85).</summary>
    public const float Quality = 0.85f;

    /// <summary>A grey raster as 8-bit (Gray8) or 16-bit (Gray16) grey.</summary>
    /// <exception cref="ExportException">16-bit grey in JPEG, which ImageIO cannot write.</exception>
    public static byte[] EncodeGray(Raster gray, ImageFileFormat format)
    {
        if (gray.Kind == PixelKind.Gray16)
        {
            return format switch
            {
                ImageFileFormat.Png => ImageEncoder.EncodeGray16(gray.Gray!, OutputFormat.Png16),
                ImageFileFormat.Tiff => ImageEncoder.EncodeGray16(gray.Gray!, OutputFormat.Tiff16),
                _ => throw new ExportException("16-bit images (maxIntensity of 256 and above) cannot be saved as jpg; use tif or png"),
            };
        }

        var pixels = gray.Gray!.Pixels;
        var bytes = new byte[pixels.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)pixels[i];
        }

        return EncodeGray8(bytes, gray.Width, gray.Height, format);
    }

    /// <summary>
    /// An ARGB box as render's Utils.saveImage writes it: TIFF as RGB; PNG and JPEG drawn onto 8-bit
    /// grey with <paramref name="convertToGray"/>, otherwise RGBA PNG or RGB JPEG.
    /// </summary>
    public static byte[] EncodeArgb(PixelBuffer<int> argb, ImageFileFormat format, bool convertToGray) => format switch
    {
        ImageFileFormat.Tiff => ImageEncoder.EncodeArgb(argb, OutputFormat.Tiff),
        _ when convertToGray => EncodeGray8(OpaquePixels.ToGray(argb), argb.Width, argb.Height, format),
        ImageFileFormat.Png => ImageEncoder.EncodeArgb(argb, OutputFormat.Png),
        _ => ImageEncoder.EncodeArgb(argb, OutputFormat.Jpeg, Quality),
    };

    private static byte[] EncodeGray8(byte[] gray, int width, int height, ImageFileFormat format)
    {
        using var image = Image.NewFromMemory(gray, width, height, 1, Enums.BandFormat.Uchar);
        using var typed = image.Copy(interpretation: Enums.Interpretation.Bw);
        return format switch
        {
            ImageFileFormat.Png => typed.PngsaveBuffer(compression: 6, filter: Enums.ForeignPngFilter.Paeth),
            ImageFileFormat.Tiff => typed.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.None),
            _ => typed.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None),
        };
    }
}
