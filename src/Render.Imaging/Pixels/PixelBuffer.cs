using System.Buffers;

namespace Render.Imaging.Pixels;

/// <summary>
/// A width×height grid of pixels stored row-major without padding. Buffers for transient images
/// (canvases, outputs) are rented from the shared array pool and returned on <see cref="Dispose"/>;
/// buffers that live in a cache are plain arrays, so a late reader can never see a recycled array.
/// </summary>
/// <typeparam name="T">The pixel type.</typeparam>
public sealed class PixelBuffer<T> : IDisposable
    where T : unmanaged
{
    private readonly bool _pooled;
    private T[]? _array;

    private PixelBuffer(int width, int height, T[] array, bool pooled)
    {
        Width = width;
        Height = height;
        _array = array;
        _pooled = pooled;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The number of pixels.</summary>
    public int Length => Width * Height;

    /// <summary>
    /// The backing array (at least <see cref="Length"/> long; a pooled array may be longer). The
    /// mapping kernels index it directly so that they can live in ordinary structs.
    /// </summary>
    public T[] Array => _array ?? throw new ObjectDisposedException(nameof(PixelBuffer<T>));

    /// <summary>All pixels, row-major.</summary>
    public Span<T> Pixels => Array.AsSpan(0, Length);

    /// <summary>A zeroed buffer rented from the array pool; dispose it to give the memory back.</summary>
    public static PixelBuffer<T> Rent(int width, int height)
    {
        var length = CheckedLength(width, height);
        var array = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        System.Array.Clear(array, 0, length);
        return new PixelBuffer<T>(width, height, array, pooled: true);
    }

    /// <summary>A zeroed buffer on the managed heap (for images that outlive a request, such as cached ones).</summary>
    public static PixelBuffer<T> Allocate(int width, int height) =>
        new(width, height, new T[CheckedLength(width, height)], pooled: false);

    /// <summary>Wraps an existing row-major array of exactly width×height pixels.</summary>
    public static PixelBuffer<T> Wrap(int width, int height, T[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length < CheckedLength(width, height))
        {
            throw new ArgumentException($"{pixels.Length} pixels cannot hold a {width}x{height} image", nameof(pixels));
        }

        return new PixelBuffer<T>(width, height, pixels, pooled: false);
    }

    /// <summary>Row <paramref name="y"/>.</summary>
    public Span<T> Row(int y) => Array.AsSpan(y * Width, Width);

    /// <summary>The pixel at (x, y).</summary>
    public ref T this[int x, int y] => ref Array[(y * Width) + x];

    /// <summary>Returns a rented array to the pool.</summary>
    public void Dispose()
    {
        var array = _array;
        _array = null;
        if (_pooled && array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private static int CheckedLength(int width, int height)
    {
        if (width < 0 || height < 0 || (long)width * height > int.MaxValue / 4)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"an image of {width}x{height} pixels is not supported");
        }

        return width * height;
    }
}
