using System.Buffers;
using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Pixels;

namespace Render.Export.Mipmaps;

/// <summary>
/// The successive mipmap levels of one image, each mpicbg's Downsampler of the one before
/// (floor(w/2)×floor(h/2), the floor of each 2×2 mean). Grey levels are halved into one pooled
/// buffer, the first from the source and every later one in place (a level's pixel i is written
/// after every source pixel at or before 4i was read), so a tile's six levels cost no allocation;
/// RGB goes through <see cref="Downsampler"/>. An 8-bit source decoded as bytes gives its first
/// level straight from them (the same sums as from the widened raster, without making it). The
/// raster <see cref="Next"/> returns is valid until the following call or <see cref="Dispose"/>.
/// </summary>
internal sealed class LevelChain : IDisposable
{
    private ushort[]? _buffer;
    private TransientImage? _bytes;
    private Raster _current;

    /// <summary>The levels of a decoded raster.</summary>
    public LevelChain(Raster source) => _current = source;

    /// <summary>The levels of a one-shot decode; the chain owns it (its bytes go back to the pool after the first level).</summary>
    public LevelChain(TransientImage source)
    {
        _bytes = source.IsGray8 ? source : null;
        _current = source.Raster ?? Raster.OfGray(PixelBuffer<ushort>.Wrap(0, 0, []), sixteenBit: false);
    }

    /// <summary>The next level.</summary>
    public Raster Next()
    {
        if (_bytes is { } bytes)
        {
            int halfWidth = bytes.Width / 2, halfHeight = bytes.Height / 2;
            _buffer = ArrayPool<ushort>.Shared.Rent(Math.Max(1, halfWidth * halfHeight));
            Halve(bytes.Gray8, bytes.Width, _buffer, halfWidth, halfHeight);
            bytes.Dispose();
            _bytes = null;
            _current = Raster.OfGray(PixelBuffer<ushort>.Wrap(halfWidth, halfHeight, _buffer), sixteenBit: false);
            return _current;
        }

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
        _bytes?.Dispose();
        _bytes = null;
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

    private static void Halve(ReadOnlySpan<byte> from, int fromWidth, ushort[] to, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            var upper = from.Slice(2 * y * fromWidth, 2 * width);
            var lower = from.Slice((2 * y * fromWidth) + fromWidth, 2 * width);
            var row = to.AsSpan(y * width, width);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = (ushort)((upper[2 * x] + upper[(2 * x) + 1] + lower[2 * x] + lower[(2 * x) + 1]) >> 2);
            }
        }
    }
}
