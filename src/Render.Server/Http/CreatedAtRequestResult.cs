namespace Render.Server.Http;

/// <summary>render's 201 Created for PUT and POST: the request URI (with its query) as Location, no body.</summary>
internal sealed class CreatedAtRequestResult : IResult
{
    private CreatedAtRequestResult()
    {
    }

    /// <summary>The one instance (the result holds nothing of its own).</summary>
    public static CreatedAtRequestResult Instance { get; } = new();

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        httpContext.Response.StatusCode = StatusCodes.Status201Created;
        httpContext.Response.Headers.Location = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        return Task.CompletedTask;
    }
}
