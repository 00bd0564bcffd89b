using Render.Export.Files;
using Render.Export.Rendering;
using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Pixels;

namespace Render.Export.Boxes;

/// <summary>
/// The pixel work of BoxMipmapGenerator: four boxes of one level drawn into a 2w×2h image (a
/// missing box is black) and halved by 2×2 averaging, and the overview scaled bilinearly. Grey
/// boxes stay grey (their RGB mean is the grey value, so the result is the same).
/// </summary>
internal static class BoxImages
{
    /// <summary>
    /// The zlib level of grey PNG boxes. render's ImageIO writer uses its own default; the pixels are
    /// the same at every level. Measured on a 1024² electron-microscopy box (docs/BENCHMARKS.md): level
    /// 3 gives the size of level 6 (501 kB both) in a third of the time (25 against 72 ms), and level 1
    /// files are half as large again.
    /// </summary>
    public const int PngCompression = 3;

    public static Raster Read(string path) => ImageDecoder.Decode(File.ReadAllBytes(path), 0, path);

    /// <summary>The next level's box from the upper-left, upper-right, lower-left and lower-right boxes (any may be null).</summary>
    public static Raster Halve(IReadOnlyList<Raster?> quadrants, int width, int height)
    {
        var kind = quadrants.Any(q => q?.Kind == PixelKind.Rgb) ? PixelKind.Rgb : PixelKind.Gray8;
        using var four = Raster.Rent(kind, 2 * width, 2 * height);
        for (var q = 0; q < 4; q++)
        {
            if (quadrants[q] is { } source)
            {
                Draw(source, four, (q % 2) * width, (q / 2) * height);
            }
        }

        return Downsampler.Downsample(four);
    }

    /// <summary>
    /// The next level's label box: the upper-left pixel of each 2×2, a missing box white. Labels are
    /// not averaged here: render draws its 16-bit label boxes into an ARGB image and averages that,
    /// which turns labels into 8-bit grey mixtures that name no tile.
    /// </summary>
    public static PixelBuffer<ushort> HalveLabels(IReadOnlyList<Raster?> quadrants, int width, int height)
    {
        var half = PixelBuffer<ushort>.Rent(width, height);
        for (var y = 0; y < height; y++)
        {
            var row = half.Row(y);
            for (var x = 0; x < width; x++)
            {
                int fx = 2 * x, fy = 2 * y;
                var source = quadrants[((fy / height) * 2) + (fx / width)];
                int sx = fx % width, sy = fy % height;
                row[x] = source?.Gray is { } gray && sx < gray.Width && sy < gray.Height ? gray[sx, sy] : LabelColors.Empty;
            }
        }

        return half;
    }

    /// <summary>Encodes a label box as 16-bit grey PNG or TIFF.</summary>
    public static byte[] EncodeLabels(PixelBuffer<ushort> labels, ImageFileFormat format) =>
        ImageEncoder.EncodeGray16(labels, format == ImageFileFormat.Tiff ? OutputFormat.Tiff16 : OutputFormat.Png16);

    /// <summary>
    /// BoxMipmapGenerator.generateOverview's image: the source clipped to the scaled stack size when it is
    /// smaller, then scaled so that its longer stack side is <paramref name="size"/> pixels.
    /// </summary>
    public static Raster Overview(Raster source, double scaledMaxX, double scaledMaxY, int size, bool wider)
    {
        int width = source.Width, height = source.Height;
        if (scaledMaxX <= width && scaledMaxY <= height && (int)scaledMaxX >= 1 && (int)scaledMaxY >= 1)
        {
            (width, height) = ((int)scaledMaxX, (int)scaledMaxY);
        }

        var scale = wider ? (double)size / width : (double)size / height;
        var target = Raster.Allocate(source.Kind, Math.Max(1, (int)(scale * width)), Math.Max(1, (int)(scale * height)));
        Resample(source, width, height, target);
        return target;
    }

    /// <summary>Encodes a box: grey as 8-bit grey when converting to grey (TIFF stays RGB, as render's TIFF writer ignores the option).</summary>
    public static byte[] Encode(Raster box, ImageFileFormat format, bool convertToGray)
    {
        if (box.Kind == PixelKind.Gray8 && convertToGray && format != ImageFileFormat.Tiff)
        {
            return ImageFileWriter.EncodeGray(box, format, PngCompression);
        }

        using var argb = PixelBuffer<int>.Rent(box.Width, box.Height);
        var to = argb.Pixels;
        if (box.Gray is { } gray)
        {
            var from = gray.Pixels;
            for (var i = 0; i < to.Length; i++)
            {
                to[i] = unchecked((int)0xff000000) | (from[i] * 0x010101);
            }
        }
        else
        {
            box.Rgb!.Pixels.CopyTo(to);
        }

        return ImageFileWriter.EncodeArgb(argb, format, convertToGray);
    }

    private static void Draw(Raster source, Raster target, int left, int top)
    {
        var rows = Math.Min(source.Height, target.Height - top);
        var columns = Math.Min(source.Width, target.Width - left);
        for (var y = 0; y < rows; y++)
        {
            if (target.Gray is { } gray)
            {
                source.Gray!.Row(y)[..columns].CopyTo(gray.Row(top + y)[left..]);
            }
            else if (source.Rgb is { } rgb)
            {
                rgb.Row(y)[..columns].CopyTo(target.Rgb!.Row(top + y)[left..]);
            }
            else
            {
                var from = source.Gray!.Row(y);
                var to = target.Rgb!.Row(top + y);
                for (var x = 0; x < columns; x++)
                {
                    to[left + x] = unchecked((int)0xff000000) | (from[x] * 0x010101);
                }
            }
        }
    }

    /// <summary>Bilinear resampling of the top-left width×height of <paramref name="source"/> onto <paramref name="target"/> (pixel centres aligned).</summary>
    private static void Resample(Raster source, int width, int height, Raster target)
    {
        double sx = (double)width / target.Width, sy = (double)height / target.Height;
        for (var y = 0; y < target.Height; y++)
        {
            var fy = Math.Clamp(((y + 0.5) * sy) - 0.5, 0, height - 1);
            int y0 = (int)fy, y1 = Math.Min(y0 + 1, height - 1);
            var wy = fy - y0;
            for (var x = 0; x < target.Width; x++)
            {
                var fx = Math.Clamp(((x + 0.5) * sx) - 0.5, 0, width - 1);
                int x0 = (int)fx, x1 = Math.Min(x0 + 1, width - 1);
                var wx = fx - x0;
                if (source.Gray is { } g)
                {
                    target.Gray![x, y] = (ushort)(Lerp(Lerp(g[x0, y0], g[x1, y0], wx), Lerp(g[x0, y1], g[x1, y1], wx), wy) + 0.5);
                    continue;
                }

                var c = source.Rgb!;
                var value = unchecked((int)0xff000000);
                for (var shift = 0; shift <= 16; shift += 8)
                {
                    double a = (c[x0, y0] >> shift) & 0xff, b = (c[x1, y0] >> shift) & 0xff, d = (c[x0, y1] >> shift) & 0xff, e = (c[x1, y1] >> shift) & 0xff;
                    value |= (int)(Lerp(Lerp(a, b, wx), Lerp(d, e, wx), wy) + 0.5) << shift;
                }

                target.Rgb![x, y] = value;
            }
        }
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
