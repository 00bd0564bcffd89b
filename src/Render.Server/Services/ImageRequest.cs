using Render.Imaging.Codecs.Encoding;
using Render.Server.Errors;

namespace Render.Server.Services;

/// <summary>
/// What an image endpoint was asked for besides the render request: the format named in the path
/// and those the route serves, render's cap on drawn tiles (<c>maxTileSpecsToRender</c>, beyond which
/// only outlines are drawn) and outline-only mode. The format and the cap are converted when read,
/// after the render request is built, so that their errors come where render-ws's do.
/// </summary>
/// <param name="FormatName">The path's format (<c>jpeg</c>, <c>png</c>, <c>tiff</c>, ...).</param>
/// <param name="Formats">The formats the route serves.</param>
/// <param name="MaxTileSpecsToRenderText">The <c>maxTileSpecsToRender</c> query value, or null.</param>
/// <param name="BoundingBoxesOnly">Draw only the tiles' outlines.</param>
public sealed record ImageRequest(string FormatName, IReadOnlyList<OutputFormat> Formats, string? MaxTileSpecsToRenderText = null, bool BoundingBoxesOnly = false)
{
    /// <summary>The format (404 for one the route does not serve, as JAX-RS answers a path it does not match).</summary>
    public OutputFormat Format
    {
        get
        {
            var format = FormatName switch
            {
                "jpeg" => OutputFormat.Jpeg,
                "png" => OutputFormat.Png,
                "tiff" => OutputFormat.Tiff,
                "tiff16" => OutputFormat.Tiff16,
                "png16" => OutputFormat.Png16,
                "raw" => OutputFormat.Raw,
                "raw16" => OutputFormat.Raw16,
                _ => (OutputFormat?)null,
            };
            return format is { } known && Formats.Contains(known) ? known : throw new NotFoundException($"no {FormatName}-image for this resource");
        }
    }

    /// <summary>The cap on drawn tiles, or null for none.</summary>
    public int? MaxTileSpecsToRender => MaxTileSpecsToRenderText is null ? null : JavaParameters.PathInt(MaxTileSpecsToRenderText, "maxTileSpecsToRender");

    /// <summary>The format name of a file extension in DVID and CATMAID paths (<c>jpg</c>, <c>png</c>, <c>tif</c>).</summary>
    public static string FormatNameOf(string extension) => extension switch
    {
        "jpg" => "jpeg",
        "tif" => "tiff",
        "png" => "png",
        _ => "unknown",
    };
}
