using Microsoft.AspNetCore.Http;
using Render.Imaging.Codecs.Encoding;
using Render.Server.Errors;

namespace Render.Server.Http;

/// <summary>Image responses: the format named in a path (404 for one the route does not serve, as JAX-RS answers) and the encoded bytes.</summary>
internal static class ImageResults
{
    public static OutputFormat FormatOf(string name, OutputFormat[] allowed)
    {
        var format = name switch
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
        return format is { } known && allowed.Contains(known) ? known : throw new NotFoundException($"no {name}-image for this resource");
    }

    public static IResult Bytes(byte[] image, OutputFormat format) => Results.Bytes(image, format.ContentType());
}
