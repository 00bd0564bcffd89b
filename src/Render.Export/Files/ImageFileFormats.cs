namespace Render.Export.Files;

/// <summary>Names and extensions of <see cref="ImageFileFormat"/>s.</summary>
public static class ImageFileFormats
{
    /// <summary>The extension render uses: <c>tif</c> (render maps its 'tiff' format to it so that ImageJ opens the files), <c>png</c>, <c>jpg</c>.</summary>
    public static string Extension(this ImageFileFormat format) => format switch
    {
        ImageFileFormat.Tiff => "tif",
        ImageFileFormat.Png => "png",
        _ => "jpg",
    };

    /// <summary>Reads tif, tiff, png, jpg or jpeg (any case).</summary>
    /// <exception cref="ArgumentException">Another name.</exception>
    public static ImageFileFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "tif" or "tiff" => ImageFileFormat.Tiff,
            "png" => ImageFileFormat.Png,
            "jpg" or "jpeg" => ImageFileFormat.Jpeg,
            _ => throw new ArgumentException($"unknown image format '{name}' (use tif, png or jpg)"),
        };
    }
}
