using Microsoft.AspNetCore.Mvc;
using Render.Storage;

namespace Render.Server.Routes;

/// <summary>
/// A box of a layer: <c>{S}/z/{z}/box/{x},{y},{width},{height}[,{scale}]</c>, render's DVID-style
/// <c>{S}/dvid/imagetile/raw/xy/{width}_{height}/{x}_{y}_{z}</c> (at scale 1), each also below
/// <c>{S}/group/{groupId}</c> for the tiles of one group.
/// </summary>
internal sealed record BoxRoute(
    string Owner,
    string Project,
    string Stack,
    [FromRoute(Name = "z")] string ZText,
    [FromRoute(Name = "x")] string XText,
    [FromRoute(Name = "y")] string YText,
    [FromRoute(Name = "width")] string WidthText,
    [FromRoute(Name = "height")] string HeightText,
    HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The box, converted as JAX-RS converts path values (z, x, y, width, height, then scale).</summary>
    public RenderBox Box
    {
        get
        {
            var (z, x, y) = (JavaParameters.PathDouble(ZText, "z"), JavaParameters.PathDouble(XText, "x"), JavaParameters.PathDouble(YText, "y"));
            var (width, height) = (JavaParameters.PathInt(WidthText, "width"), JavaParameters.PathInt(HeightText, "height"));
            var scale = Request.RouteValues["scale"] is string text ? JavaParameters.PathDouble(text, "scale") : 1.0;
            return new RenderBox(z, x, y, width, height, scale, Request.RouteValues["groupId"] as string);
        }
    }

    /// <summary>The tiles whose boxes reach into the box (tile counts).</summary>
    public TileQuery Tiles
    {
        get
        {
            var box = Box;
            return TileQuery.Box(box.Z, box.X, box.Y, box.Width, box.Height);
        }
    }
}
