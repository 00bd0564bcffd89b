namespace Render.Export.Files;

/// <summary>The image files render's mipmap and box clients write.</summary>
public enum ImageFileFormat
{
    /// <summary>Uncompressed TIFF, as ImageJ's TiffEncoder writes it (extension <c>tif</c>).</summary>
    Tiff,

    /// <summary>PNG (extension <c>png</c>).</summary>
    Png,

    /// <summary>JPEG at render's quality 0.85 (extension <c>jpg</c>).</summary>
    Jpeg,
}
