namespace Render.Imaging.Codecs.Encoding;

/// <summary>The image formats render-ws serves.</summary>
public enum OutputFormat
{
    /// <summary>JPEG from the ARGB result (drawn onto black; grey with convertToGray).</summary>
    Jpeg,

    /// <summary>8-bit RGBA PNG.</summary>
    Png,

    /// <summary>RGB TIFF (the ARGB result without alpha).</summary>
    Tiff,

    /// <summary>16-bit grey TIFF.</summary>
    Tiff16,

    /// <summary>16-bit grey PNG.</summary>
    Png16,

    /// <summary>Big-endian 32-bit ARGB per pixel, no header.</summary>
    Raw,

    /// <summary>Big-endian 16-bit grey per pixel, no header.</summary>
    Raw16,
}
