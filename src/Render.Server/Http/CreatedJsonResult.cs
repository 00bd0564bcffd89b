namespace Render.Server.Http;

/// <summary>201 Created with a Location and a JSON body already serialised (a new match trial).</summary>
internal sealed class CreatedJsonResult(string location, string json) : IResult
{
    /// <summary>The new resource's URL.</summary>
    public string Location { get; } = location;

    /// <summary>The body.</summary>
    public string Json { get; } = json;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status201Created;
        httpContext.Response.Headers.Location = Location;
        httpContext.Response.ContentType = "application/json";
        return httpContext.Response.WriteAsync(Json, httpContext.RequestAborted);
    }
}
