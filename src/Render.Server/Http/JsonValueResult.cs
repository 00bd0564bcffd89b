using Render.Model.Json;

namespace Render.Server.Http;

/// <summary>One value written as JSON with render's model.</summary>
internal sealed class JsonValueResult<T>(T value) : IResult
{
    /// <summary>The value written.</summary>
    public T Value { get; } = value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "application/json";
        return RenderJson.SerializeAsync(httpContext.Response.Body, Value, httpContext.RequestAborted);
    }
}
