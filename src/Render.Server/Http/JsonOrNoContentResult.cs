namespace Render.Server.Http;

/// <summary>render's answer for an optional value: the value as JSON, or 204 No Content when it is null.</summary>
internal sealed class JsonOrNoContentResult<T>(T? value) : IResult
    where T : class
{
    /// <summary>The value, or null for 204.</summary>
    public T? Value { get; } = value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        Value is null ? TypedResults.NoContent().ExecuteAsync(httpContext) : new JsonValueResult<T>(Value).ExecuteAsync(httpContext);
}
