using Microsoft.AspNetCore.Mvc;

namespace Render.Server.Routes;

/// <summary>
/// <c>{S}/z/{z}/world-to-local-coordinates/{x},{y}</c> and <c>{S}/z/{z}/world-coordinates/{x},{y}/mapped-to-stack/{toStack}</c>:
/// a world point of a layer, and the stack it may be mapped to.
/// </summary>
internal sealed record WorldPointRoute(
    string Owner, string Project, string Stack, [FromRoute(Name = "z")] string ZText, [FromRoute(Name = "x")] string XText, [FromRoute(Name = "y")] string YText,
    HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The point's layer.</summary>
    public double Z => JavaParameters.PathDouble(ZText, "z");

    /// <summary>The point's x.</summary>
    public double X => JavaParameters.PathDouble(XText, "x");

    /// <summary>The point's y.</summary>
    public double Y => JavaParameters.PathDouble(YText, "y");

    /// <summary>The stack to map to: the path's <c>{toStack}</c> of <c>toOwner</c> and <c>toProject</c> (by default this stack's).</summary>
    public StackId ToId => JavaParameters.StackIdOf(
        Request.QueryString("toOwner") ?? Owner, Request.QueryString("toProject") ?? Project, (string)Request.RouteValues["toStack"]!);
}
