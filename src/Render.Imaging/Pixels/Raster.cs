namespace Render.Imaging.Pixels;

/// <summary>
/// An image as ImageJ holds it: grey (8- or 16-bit, both stored in 16-bit cells so that one
/// kernel serves both) or packed RGB. Exactly one of <see cref="Gray"/> and <see cref="Rgb"/> is set.
/// </summary>
public sealed class Raster : IDisposable
{
    private Raster(PixelKind kind, PixelBuffer<ushort>? gray, PixelBuffer<int>? rgb)
    {
        Kind = kind;
        Gray = gray;
        Rgb = rgb;
    }

    /// <summary>The pixel kind.</summary>
    public PixelKind Kind { get; }

    /// <summary>Grey values (0..255 for <see cref="PixelKind.Gray8"/>), or null for RGB.</summary>
    public PixelBuffer<ushort>? Gray { get; }

    /// <summary>Packed RGB values, or null for grey.</summary>
    public PixelBuffer<int>? Rgb { get; }

    /// <summary>Pixels per row.</summary>
    public int Width => Gray?.Width ?? Rgb!.Width;

    /// <summary>Rows.</summary>
    public int Height => Gray?.Height ?? Rgb!.Height;

    /// <summary>The bytes of pixel memory held (for cache accounting).</summary>
    public long ByteCount => Gray is { } gray ? 2L * gray.Length : 4L * Rgb!.Length;

    /// <summary>A grey raster over <paramref name="pixels"/>.</summary>
    public static Raster OfGray(PixelBuffer<ushort> pixels, bool sixteenBit)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return new Raster(sixteenBit ? PixelKind.Gray16 : PixelKind.Gray8, pixels, null);
    }

    /// <summary>An RGB raster over <paramref name="pixels"/>.</summary>
    public static Raster OfRgb(PixelBuffer<int> pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return new Raster(PixelKind.Rgb, null, pixels);
    }

    /// <summary>A zeroed raster on the managed heap.</summary>
    public static Raster Allocate(PixelKind kind, int width, int height) =>
        kind == PixelKind.Rgb
            ? OfRgb(PixelBuffer<int>.Allocate(width, height))
            : OfGray(PixelBuffer<ushort>.Allocate(width, height), kind == PixelKind.Gray16);

    /// <summary>A zeroed raster rented from the pool (dispose it).</summary>
    public static Raster Rent(PixelKind kind, int width, int height) =>
        kind == PixelKind.Rgb
            ? OfRgb(PixelBuffer<int>.Rent(width, height))
            : OfGray(PixelBuffer<ushort>.Rent(width, height), kind == PixelKind.Gray16);

    /// <inheritdoc/>
    public void Dispose()
    {
        Gray?.Dispose();
        Rgb?.Dispose();
    }
}
