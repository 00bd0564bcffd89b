using Microsoft.Extensions.DependencyInjection;

namespace Render.Server.Http;

/// <summary>
/// Conditional GETs for stack-scoped reads: the ETag is the stack's last-modified time and its
/// write counter (which every metadata or data write increments), so a repeated request with
/// <c>If-None-Match</c> gets 304 until the stack changes. render-ws sends ETags on its images only
/// (with its timestamp alone, which does not move on tile writes); JSON answers here carry
/// <c>Cache-Control: no-cache</c> so clients revalidate instead of trusting a stale copy. The stack
/// row read here is the one the request's services use (<see cref="RequestStacks"/>).
/// </summary>
internal sealed class StackETags : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || StackIdOf(http.Request.RouteValues) is not { } stackId)
        {
            return await next(context).ConfigureAwait(false);
        }

        var stacks = http.RequestServices.GetRequiredService<RequestStacks>();
        var stored = await stacks.FindAsync(stackId, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        var etag = $"\"{stored.MetaData.LastModifiedTimestamp?.ToUnixTimeMilliseconds() ?? 0}-{stored.Revision}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        return http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : await next(context).ConfigureAwait(false);
    }

    private static StackId? StackIdOf(RouteValueDictionary values) =>
        values.TryGetValue("owner", out var owner) && values.TryGetValue("project", out var project) && values.TryGetValue("stack", out var stack)
            && StackId.Create(owner as string, project as string, stack as string) is { Success: true } id
            ? id.Value
            : null;
}
