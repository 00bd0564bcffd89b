using Microsoft.AspNetCore.Mvc;
using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{S}/z/{z}</c>: one layer of a stack.</summary>
internal sealed record LayerRoute(string Owner, string Project, string Stack, [FromRoute(Name = "z")] string ZText, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The layer's z (404 when it does not convert, as JAX-RS answers).</summary>
    public double Z => JavaParameters.PathDouble(ZText, "z");

    /// <summary>The layer's tiles.</summary>
    public TileQuery Tiles => TileQuery.Layer(Z);

    /// <summary>A layer image's RenderQueryParameters: scale 0.01 unless the query gives one.</summary>
    public RenderQuery ImageQuery => RenderQuery with { Scale = Request.QueryDouble("scale") ?? 0.01 };
}
