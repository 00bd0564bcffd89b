using Render.Imaging.Pixels;
using Render.Imaging.Rendering;

namespace Render.Benchmarks.Rendering;

/// <summary>
/// Serves one in-memory square image (random grey or RGB pixels, seeded) for every tile and level,
/// with a mask of ramps, zeros and full coverage when asked: renderer work without decoding.
/// </summary>
internal sealed class SyntheticLoader : ITileImageLoader
{
    private readonly LoadedChannel _channel;

    public SyntheticLoader(PixelKind kind, int size, bool masked)
    {
        var random = new Random(7);
        var image = Raster.Allocate(kind, size, size);
        if (image.Gray is { } gray)
        {
            var maximum = kind == PixelKind.Gray16 ? 65536 : 256;
            var pixels = gray.Pixels;
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (ushort)random.Next(maximum);
            }
        }
        else
        {
            var pixels = image.Rgb!.Pixels;
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = unchecked((int)0xff000000) | random.Next(1 << 24);
            }
        }

        _channel = new LoadedChannel(image, masked ? Mask(size) : null);
    }

    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => (_channel.Image.Width, _channel.Image.Height);

    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) => withMask ? _channel : _channel with { Mask = null };

    /// <summary>0 in a border band, 255 in the middle, and ramps in between, so blending sees every alpha.</summary>
    private static Raster Mask(int size)
    {
        var mask = Raster.Allocate(PixelKind.Gray8, size, size);
        var pixels = mask.Gray!;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var edge = Math.Min(Math.Min(x, y), Math.Min(size - 1 - x, size - 1 - y));
                pixels[x, y] = (ushort)Math.Clamp((edge - 16) * 4, 0, 255);
            }
        }

        return mask;
    }
}
