namespace Render.Imaging.Pixels;

/// <summary>What the pixels of a raster are, as ImageJ's processor types.</summary>
public enum PixelKind
{
    /// <summary>8-bit grey (ImageJ's ByteProcessor).</summary>
    Gray8,

    /// <summary>16-bit grey (ImageJ's ShortProcessor).</summary>
    Gray16,

    /// <summary>Packed RGB in an int, 0xAARRGGBB (ImageJ's ColorProcessor).</summary>
    Rgb,
}
