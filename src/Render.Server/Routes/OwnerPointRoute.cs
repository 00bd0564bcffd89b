using Microsoft.AspNetCore.Mvc;

namespace Render.Server.Routes;

/// <summary><c>/owner/{owner}/local-to-world-coordinates/{x},{y}</c> (and world-to-local): a point mapped through a posted tile.</summary>
internal sealed record OwnerPointRoute(string Owner, [FromRoute(Name = "x")] string XText, [FromRoute(Name = "y")] string YText, HttpRequest Request)
{
    /// <summary>The point's x.</summary>
    public double X => JavaParameters.PathDouble(XText, "x");

    /// <summary>The point's y.</summary>
    public double Y => JavaParameters.PathDouble(YText, "y");

    /// <summary>The <c>meshCellSize</c> query value for inverting the tile's transforms, or null for the tile's own.</summary>
    public double? MeshCellSize => Request.QueryDouble("meshCellSize");
}
