using Microsoft.AspNetCore.Mvc;

namespace Render.Server.Routes;

/// <summary><c>{S}/zRange/{minZ},{maxZ}</c>: the layers from one z to another (inclusive).</summary>
internal sealed record ZRangeRoute(
    string Owner, string Project, string Stack, [FromRoute(Name = "minZ")] string FromText, [FromRoute(Name = "maxZ")] string ToText, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The first z.</summary>
    public double FromZ => JavaParameters.PathDouble(FromText, "minZ");

    /// <summary>The last z.</summary>
    public double ToZ => JavaParameters.PathDouble(ToText, "maxZ");
}
