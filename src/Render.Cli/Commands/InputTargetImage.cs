using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;

namespace Render.Cli.Commands;

/// <summary>
/// render's RenderParameters <c>--in</c> (openTargetImage): the image to draw into. The target is
/// that image, at its own size, and the rendered ARGB image is drawn over it from the top-left
/// corner as Java2D's drawImage does (source over; the part beyond the input is cut off), so
/// where no tile is drawn the input shows through.
/// </summary>
internal static class InputTargetImage
{
    /// <summary>The input as opaque ARGB (pooled: dispose it).</summary>
    /// <exception cref="ArgumentException">The input is not a local file or cannot be decoded.</exception>
    public static PixelBuffer<int> Open(string location)
    {
        var path = ImageAccessPolicy.ToLocalPath(location) ?? throw new ArgumentException($"--in '{location}' is not a local file");
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--in image '{path}' does not exist");
        }

        using var raster = ImageDecoder.Decode(File.ReadAllBytes(path), 0, path);
        var target = PixelBuffer<int>.Rent(raster.Width, raster.Height);
        var to = target.Pixels;
        if (raster.Rgb is { } rgb)
        {
            var from = rgb.Pixels;
            for (var i = 0; i < to.Length; i++)
            {
                to[i] = unchecked((int)0xff000000) | (from[i] & 0xffffff);
            }
        }
        else
        {
            // 16-bit grey shown through its data range, as ImageJ opens it; 8-bit as it is.
            var gray = raster.Kind == PixelKind.Gray16 ? RasterConversion.Convert(raster, new DisplayRange(0, 0), PixelKind.Gray8) : raster;
            var from = gray.Gray!.Pixels;
            for (var i = 0; i < to.Length; i++)
            {
                to[i] = unchecked((int)0xff000000) | (from[i] * 0x010101);
            }
        }

        return target;
    }

    /// <summary>Draws <paramref name="source"/> (ARGB) over <paramref name="target"/> from the top-left corner.</summary>
    public static void DrawOver(PixelBuffer<int> target, PixelBuffer<int> source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        var rows = Math.Min(target.Height, source.Height);
        var columns = Math.Min(target.Width, source.Width);
        for (var y = 0; y < rows; y++)
        {
            var from = source.Row(y);
            var to = target.Row(y);
            for (var x = 0; x < columns; x++)
            {
                var alpha = (from[x] >> 24) & 0xff;
                to[x] = alpha switch
                {
                    0 => to[x],
                    255 => from[x],
                    _ => Blend(from[x], to[x], alpha),
                };
            }
        }
    }

    private static int Blend(int source, int target, int alpha)
    {
        var result = unchecked((int)0xff000000);
        for (var shift = 0; shift <= 16; shift += 8)
        {
            int s = (source >> shift) & 0xff, t = (target >> shift) & 0xff;
            result |= (((s * alpha) + (t * (255 - alpha)) + 127) / 255) << shift;
        }

        return result;
    }
}
