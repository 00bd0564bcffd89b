using Render.Imaging.Pixels;

namespace Render.Imaging.Rendering;

/// <summary>
/// The rendered target before conversion to an output: render's target channel (an ImageJ
/// processor of the first mapped tile's kind), its 8-bit mask when any tile is masked, and the
/// display range of the last tile mapped (which render applies to the whole canvas).
/// </summary>
public sealed class Canvas : IDisposable
{
    internal Canvas(Raster image, PixelBuffer<byte>? mask)
    {
        Image = image;
        Mask = mask;
    }

    /// <summary>An empty (zero) canvas of <paramref name="kind"/>, with a mask when asked; pooled memory, so dispose it.</summary>
    public static Canvas Create(PixelKind kind, int width, int height, bool withMask) =>
        new(Raster.Rent(kind, width, height), withMask ? PixelBuffer<byte>.Rent(width, height) : null);

    /// <summary>The pixels.</summary>
    public Raster Image { get; internal set; }

    /// <summary>The coverage (alpha) mask, or null when no tile had a mask.</summary>
    public PixelBuffer<byte>? Mask { get; }

    /// <summary>The display range used to convert to 8-bit output.</summary>
    public DisplayRange Range { get; internal set; } = DisplayRange.Default8Bit;

    /// <summary>Canvas width.</summary>
    public int Width => Image.Width;

    /// <summary>Canvas height.</summary>
    public int Height => Image.Height;

    /// <inheritdoc/>
    public void Dispose()
    {
        Image.Dispose();
        Mask?.Dispose();
    }
}
