using Microsoft.AspNetCore.Mvc;

namespace Render.Server.Routes;

/// <summary><c>{S}/tile/{tileId}/source/scale/{scale}</c> (and <c>mask/scale/{scale}</c>): a tile's source or mask at a scale.</summary>
internal sealed record TileScaleRoute(
    string Owner, string Project, string Stack, string TileId, [FromRoute(Name = "scale")] string ScaleText, HttpRequest Request)
    : TileRoute(Owner, Project, Stack, TileId, Request)
{
    /// <summary>The path's scale.</summary>
    public double Scale => JavaParameters.PathDouble(ScaleText, "scale");
}
