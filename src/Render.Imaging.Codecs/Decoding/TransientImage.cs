using System.Buffers;
using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Decoding;

/// <summary>
/// A decoded image for a consumer that reads it once and lets it go (the mipmap generator): one-band
/// 8-bit grey as bytes in a pooled array (<see cref="Gray8"/>), so that a 2048² tile costs neither
/// the 8 MB ushort raster nor a fresh 4 MB array; any other image as the <see cref="Raster"/> that
/// <see cref="ImageDecoder.Decode"/> gives. Not for the image cache: the bytes go back to the pool
/// on <see cref="Dispose"/>. Not thread-safe.
/// </summary>
public sealed class TransientImage : IDisposable
{
    private byte[]? _gray8;

    private TransientImage(int width, int height, byte[]? gray8, Raster? raster)
    {
        Width = width;
        Height = height;
        _gray8 = gray8;
        Raster = raster;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The image when it is not one-band 8-bit grey, else null.</summary>
    public Raster? Raster { get; }

    /// <summary>True when the pixels are in <see cref="Gray8"/>.</summary>
    public bool IsGray8 => _gray8 is not null;

    /// <summary>Width × height 8-bit grey values, row by row; empty when <see cref="IsGray8"/> is false.</summary>
    /// <exception cref="ObjectDisposedException">The image was disposed.</exception>
    public ReadOnlySpan<byte> Gray8 => IsGray8
        ? _gray8.AsSpan(0, Width * Height)
        : Raster is null ? throw new ObjectDisposedException(nameof(TransientImage)) : [];

    /// <summary>Returns the grey bytes to the pool.</summary>
    public void Dispose()
    {
        if (_gray8 is { } bytes)
        {
            _gray8 = null;
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    internal static TransientImage OfGray8(int width, int height, byte[] pooled) => new(width, height, pooled, null);

    internal static TransientImage Of(Raster raster) => new(raster.Width, raster.Height, null, raster);
}
