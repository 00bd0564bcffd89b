using Render.Imaging.Codecs.Encoding;

namespace Render.Server.Routes;

/// <summary><c>/owner/{owner}/{format}-image</c>: posted render parameters rendered in the path's format.</summary>
internal sealed record OwnerImageRoute(string Owner, string Format, HttpRequest Request)
{
    /// <summary>The image asked for, from <paramref name="formats"/>, with the outline cap of the query.</summary>
    public ImageRequest Image(IReadOnlyList<OutputFormat> formats) => new(Format, formats, Request.QueryString("maxTileSpecsToRender"));
}
