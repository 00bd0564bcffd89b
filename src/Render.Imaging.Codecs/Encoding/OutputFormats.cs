namespace Render.Imaging.Codecs.Encoding;

/// <summary>Names, media types and bit depths of <see cref="OutputFormat"/>s.</summary>
public static class OutputFormats
{
    /// <summary>The media type render-ws answers with.</summary>
    public static string ContentType(this OutputFormat format) => format switch
    {
        OutputFormat.Jpeg => "image/jpeg",
        OutputFormat.Png or OutputFormat.Png16 => "image/png",
        OutputFormat.Tiff or OutputFormat.Tiff16 => "image/tiff",
        _ => "application/octet-stream",
    };

    /// <summary>True for the formats rendered by render's ShortRenderer.</summary>
    public static bool Is16Bit(this OutputFormat format) => format is OutputFormat.Tiff16 or OutputFormat.Png16 or OutputFormat.Raw16;

    /// <summary>The usual file extension.</summary>
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Jpeg => "jpg",
        OutputFormat.Png or OutputFormat.Png16 => "png",
        OutputFormat.Tiff or OutputFormat.Tiff16 => "tif",
        _ => "raw",
    };

    /// <summary>Reads a format name as render's paths and clients spell it (jpeg/jpg, png, tiff/tif, tiff16, png16, raw, raw16).</summary>
    /// <exception cref="ArgumentException">Not a known format.</exception>
    public static OutputFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "jpeg" or "jpg" => OutputFormat.Jpeg,
        "png" => OutputFormat.Png,
        "tiff" or "tif" => OutputFormat.Tiff,
        "tiff16" or "tif16" => OutputFormat.Tiff16,
        "png16" => OutputFormat.Png16,
        "raw" => OutputFormat.Raw,
        "raw16" => OutputFormat.Raw16,
        _ => throw new ArgumentException($"unknown image format '{name}' (use jpeg, png, tiff, tiff16, png16, raw or raw16)"),
    };
}
