namespace Render.Client;

/// <summary>The image encodings render-ws serves (render-python's <c>IMAGE_FORMATS</c>).</summary>
public enum ImageFormat
{
    /// <summary>8-bit RGBA PNG (<c>png-image</c>), render-python's default.</summary>
    Png,

    /// <summary>JPEG (<c>jpeg-image</c>).</summary>
    Jpeg,

    /// <summary>ARGB TIFF (<c>tiff-image</c>).</summary>
    Tiff,

    /// <summary>16-bit grey TIFF (<c>tiff16-image</c>; tiles and boxes only).</summary>
    Tiff16,
}
