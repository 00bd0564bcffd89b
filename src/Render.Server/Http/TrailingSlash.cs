namespace Render.Server.Http;

/// <summary>
/// JAX-RS matches every API path with or without a trailing '/', and render-python relies on it
/// (<c>/owners/</c>, <c>{S}/tile/{id}/</c>, ...): the slash is dropped before routing.
/// </summary>
internal sealed class TrailingSlash(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && path[^1] == '/' && path.StartsWith(RenderServer.ApiBase + "/", StringComparison.Ordinal))
        {
            context.Request.Path = new PathString(path.TrimEnd('/'));
        }

        return next(context);
    }
}
