using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Decoding;

/// <summary>
/// render's ImageJCompositeLoader: a multi-channel ImageJ TIFF shown in ImageJ's composite mode
/// and flattened to one RGB image. Each channel's 8-bit value is looked up in its table (the file's
/// own, or ImageJ's default colours red, green, blue, grey, cyan, magenta, yellow), and the colours
/// of all channels are added with each component clamped at 255, as ImageJ's composite sum does.
/// </summary>
internal static class CompositeDecoder
{
    private static readonly int[] DefaultColors = [0xff0000, 0x00ff00, 0x0000ff, 0xffffff, 0x00ffff, 0xff00ff, 0xffff00];

    /// <summary>The flattened composite of the TIFF in <paramref name="bytes"/>.</summary>
    /// <exception cref="ArgumentException">The file is not a multi-channel ImageJ image that can be flattened here.</exception>
    public static Raster Decode(byte[] bytes, string url)
    {
        var metadata = ImageJTiffMetadata.Read(bytes);
        if (metadata is null || metadata.Channels < 2)
        {
            throw new ArgumentException($"failed to create CompositeImage instance for '{url}': it is not a multi-channel ImageJ TIFF");
        }

        if (metadata.Ranges.Any(range => range is not (0, 255)))
        {
            throw new ArgumentException($"cannot flatten '{url}': channel display ranges other than 0-255 are not supported");
        }

        if (ImageDecoder.PageCount(bytes) < metadata.Channels)
        {
            throw new ArgumentException($"failed to create CompositeImage instance for '{url}': it declares {metadata.Channels} channels but holds fewer images");
        }

        Raster? sum = null;
        for (var channel = 0; channel < metadata.Channels; channel++)
        {
            using var plane = ImageDecoder.Decode(bytes, channel, url);
            if (plane.Kind != PixelKind.Gray8 || (sum is not null && (plane.Width != sum.Width || plane.Height != sum.Height)))
            {
                sum?.Dispose();
                throw new ArgumentException($"cannot flatten '{url}': only composites of equally sized 8-bit channels are supported");
            }

            sum ??= Raster.Allocate(PixelKind.Rgb, plane.Width, plane.Height);
            Add(plane.Gray!.Pixels, sum.Rgb!.Pixels, Table(metadata, channel));
        }

        return sum!;
    }

    /// <summary>The packed RGB colour of each 8-bit value in <paramref name="channel"/>.</summary>
    private static int[] Table(ImageJTiffMetadata metadata, int channel)
    {
        var table = new int[256];
        if (channel < metadata.Luts.Count)
        {
            var lut = metadata.Luts[channel];
            for (var v = 0; v < 256; v++)
            {
                table[v] = (lut[v] << 16) | (lut[256 + v] << 8) | lut[512 + v];
            }

            return table;
        }

        var color = DefaultColors[channel % DefaultColors.Length];
        for (var v = 0; v < 256; v++)
        {
            // ImageJ's LUT from a colour: each component ramps linearly from 0 to its value.
            table[v] = ((((color >> 16) & 0xff) * v / 255) << 16) | ((((color >> 8) & 0xff) * v / 255) << 8) | ((color & 0xff) * v / 255);
        }

        return table;
    }

    private static void Add(ReadOnlySpan<ushort> values, Span<int> sum, int[] table)
    {
        for (var i = 0; i < values.Length; i++)
        {
            int color = table[values[i]], pixel = sum[i];
            var red = Math.Min(((pixel >> 16) & 0xff) + ((color >> 16) & 0xff), 255);
            var green = Math.Min(((pixel >> 8) & 0xff) + ((color >> 8) & 0xff), 255);
            var blue = Math.Min((pixel & 0xff) + (color & 0xff), 255);
            sum[i] = unchecked((int)0xff000000) | (red << 16) | (green << 8) | blue;
        }
    }
}
