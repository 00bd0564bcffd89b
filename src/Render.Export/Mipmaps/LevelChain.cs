using System.Buffers;
using Render.Imaging.Pixels;

namespace Render.Export.Mipmaps;

/// <summary>
/// The successive mipmap levels of one image, each mpicbg's Downsampler of the one before
/// (floor(w/2)×floor(h/2), the floor of each 2×2 mean). Grey levels are halved into one pooled
/// buffer, the first from the source and every later one in place (a level's pixel i is written
/// after every source pixel at or before 4i was read), so a tile's six levels cost no allocation;
/// RGB goes through <see cref="Downsampler"/>. The raster <see cref="Next"/> returns is valid until
/// the following call or <see cref="Dispose"/>.
/// </summary>
internal sealed class LevelChain(Raster source) : IDisposable
{
    private ushort[]? _buffer;
    private Raster _current = source;

    /// <summary>The next level.</summary>
    public Raster Next()
    {
        if (_current.Gray is not { } gray)
        {
            _current = Downsampler.Downsample(_current);
            return _current;
        }

        int width = _current.Width / 2, height = _current.Height / 2;
        if (_buffer is null)
        {
            _buffer = ArrayPool<ushort>.Shared.Rent(Math.Max(1, width * height));
        }

        Halve(gray.Array, _current.Width, _buffer, width, height);
        _current = Raster.OfGray(PixelBuffer<ushort>.Wrap(width, height, _buffer), _current.Kind == PixelKind.Gray16);
        return _current;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<ushort>.Shared.Return(buffer);
        }
    }

    private static void Halve(ushort[] from, int fromWidth, ushort[] to, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            int upper = 2 * y * fromWidth, lower = upper + fromWidth, row = y * width;
            for (var x = 0; x < width; x++)
            {
                int a = upper + (2 * x), b = lower + (2 * x);
                to[row + x] = (ushort)((from[a] + from[a + 1] + from[b] + from[b + 1]) >> 2);
            }
        }
    }
}
