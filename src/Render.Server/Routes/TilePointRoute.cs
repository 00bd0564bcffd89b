using Microsoft.AspNetCore.Mvc;

namespace Render.Server.Routes;

/// <summary><c>{S}/tile/{tileId}/local-to-world-coordinates/{x},{y}</c>: a point in a tile's own coordinates.</summary>
internal sealed record TilePointRoute(
    string Owner, string Project, string Stack, string TileId, [FromRoute(Name = "x")] string XText, [FromRoute(Name = "y")] string YText, HttpRequest Request)
    : TileRoute(Owner, Project, Stack, TileId, Request)
{
    /// <summary>The point's x.</summary>
    public double X => JavaParameters.PathDouble(XText, "x");

    /// <summary>The point's y.</summary>
    public double Y => JavaParameters.PathDouble(YText, "y");
}
