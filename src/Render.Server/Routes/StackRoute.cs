using Render.Imaging.Codecs.Encoding;
using Render.Storage;

namespace Render.Server.Routes;

/// <summary>
/// render's <c>{S}</c>, <c>/owner/{owner}/project/{project}/stack/{stack}</c>: the stack a request
/// addresses, bound with <c>[AsParameters]</c>, and the stack-wide query values. Values are converted
/// when read, as JAX-RS converts them (<see cref="JavaParameters"/>); routes below a stack extend it.
/// </summary>
internal record StackRoute(string Owner, string Project, string Stack, HttpRequest Request)
{
    /// <summary>The stack id, checked against render's name rules (400 otherwise).</summary>
    public StackId Id => JavaParameters.StackIdOf(Owner, Project, Stack);

    /// <summary>The path's <c>{z}</c> on the routes of a layer that also exist for the whole stack, null on the others.</summary>
    public double? LayerZ => Request.RouteValues["z"] is string z ? JavaParameters.PathDouble(z, "z") : null;

    /// <summary>The <c>minZ</c> query value.</summary>
    public double? MinZ => Request.QueryDouble("minZ");

    /// <summary>The <c>maxZ</c> query value.</summary>
    public double? MaxZ => Request.QueryDouble("maxZ");

    /// <summary>render's RenderQueryParameters of render-parameters and image routes.</summary>
    public RenderQuery RenderQuery => Request.RenderQuery();

    /// <summary>The path's <c>{format}</c> of image routes.</summary>
    public string FormatName => (string)Request.RouteValues["format"]!;

    /// <summary>An image in the path's format (or the given format name) from <paramref name="formats"/>, with the outline cap of the query.</summary>
    public ImageRequest Image(IReadOnlyList<OutputFormat> formats, string? formatName = null) =>
        new(formatName ?? FormatName, formats, Request.QueryString("maxTileSpecsToRender"));

    /// <summary>The <c>deriveData</c> query value of imports (absent is false).</summary>
    public bool DeriveData => Request.QueryBool("deriveData") == true;

    /// <summary>The <c>matchPattern</c> query value of tileIds.</summary>
    public string? MatchPattern => Request.QueryString("matchPattern");

    /// <summary>The layout file format (<c>format</c>, KARSH by default).</summary>
    public string LayoutFormat => Request.QueryString("format") ?? "KARSH";

    /// <summary>The request URI up to <c>/stack/{stack}</c>, which layout lines link tiles under.</summary>
    public string StackUri
    {
        get
        {
            var path = Request.Path.Value!;
            var stackEnd = path.IndexOf("/stack/", StringComparison.Ordinal) + "/stack/".Length + Uri.EscapeDataString(Stack).Length;
            return $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path[..Math.Min(stackEnd, path.Length)]}";
        }
    }

    /// <summary>The resolvedTiles query: z equal when minZ == maxZ, else a range, plus group and box limits.</summary>
    public TileQuery ResolvedTiles
    {
        get
        {
            var (minZ, maxZ) = (MinZ, MaxZ);
            var singleZ = minZ is not null && minZ == maxZ;
            return new TileQuery
            {
                Z = singleZ ? minZ : null,
                MinZ = singleZ ? null : minZ,
                MaxZ = singleZ ? null : maxZ,
                GroupId = Request.QueryString("groupId"),
                ReachesMinX = Request.QueryDouble("minX"),
                ReachesMaxX = Request.QueryDouble("maxX"),
                ReachesMinY = Request.QueryDouble("minY"),
                ReachesMaxY = Request.QueryDouble("maxY"),
            };
        }
    }
}
