using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Render.Server.Security;

/// <summary>
/// CORS for reads only: any web page may read (GET, HEAD), as render-ws's viewers and
/// neuroglancer do; only the origins named with <c>--allow-origin</c> may also write. render-ws
/// answered preflights with <c>*</c> for PUT and DELETE, which let any page write.
/// </summary>
internal sealed class RenderCorsPolicyProvider(RenderServerOptions options) : ICorsPolicyProvider
{
    private static readonly CorsPolicy Reads = new CorsPolicyBuilder().AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "HEAD").Build();

    private readonly CorsPolicy? _named = options.AllowedOrigins.Count == 0
        ? null
        : new CorsPolicyBuilder().WithOrigins([.. options.AllowedOrigins]).AllowAnyHeader()
            .WithMethods("GET", "HEAD", "PUT", "POST", "DELETE", "PATCH").WithExposedHeaders("Location").Build();

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var named = _named is not null && options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
        return Task.FromResult<CorsPolicy?>(named ? _named : Reads);
    }
}
