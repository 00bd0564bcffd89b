using Microsoft.AspNetCore.Mvc;
using Render.Imaging.Codecs.Encoding;

namespace Render.Server.Routes;

/// <summary>
/// CATMAID's large data tile source below a stack: <c>largeDataTileSource/{width}/{height}/{level}/{z}/{row}/{column}.{extension}</c>
/// (one grid tile) and <c>largeDataTileSource/{width}/{height}/small/{z}.{extension}</c> (a layer overview; no level, row or column).
/// </summary>
internal sealed record LargeDataTileRoute(
    string Owner, string Project, string Stack, int Width, int Height, [FromRoute(Name = "z")] string ZText, string Extension, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The layer.</summary>
    public double Z => JavaParameters.PathDouble(ZText, "z");

    /// <summary>The grid tile (level, row and column come from the path, which the route constrains to integers).</summary>
    public LargeDataTile Tile => new(Width, Height, IntOf("level"), Z, IntOf("row"), IntOf("column"));

    /// <summary>The image format of the extension: JPEG or PNG (404 otherwise).</summary>
    public OutputFormat Format => new ImageRequest(ImageRequest.FormatNameOf(Extension), [OutputFormat.Jpeg, OutputFormat.Png]).Format;

    /// <summary>The largest side of an overview (<c>maxOverviewWidthAndHeight</c>), or null for CATMAID's default.</summary>
    public int? MaxOverviewWidthAndHeight => Request.QueryInt("maxOverviewWidthAndHeight");

    /// <summary>Whether an overview starts at the stack's minimum instead of (0, 0).</summary>
    public bool TranslateOrigin => Request.QueryBool("translateOrigin") == true;

    /// <summary>The cap on drawn tiles (<c>maxTileSpecsToRender</c>), or null for render's default for large data.</summary>
    public int? MaxTileSpecsToRender => Request.QueryInt("maxTileSpecsToRender");

    private int IntOf(string name) => int.Parse((string)Request.RouteValues[name]!, System.Globalization.CultureInfo.InvariantCulture);
}
