namespace Render.Server.Endpoints;

/// <summary>
/// The dashboard under <see cref="ViewBase"/>, where render-ws serves its static pages, and the
/// redirects render-ws makes from the server root to it.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>Where the dashboard lives (render-ws's <c>/render-ws/view/</c>).</summary>
    public const string ViewBase = "/render-ws/view/";

    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(ViewBase + "{**path}", [HttpMethods.Get, HttpMethods.Head], GetFile).ExcludeFromDescription();

        // Routing ignores a trailing slash, so "/render-ws" covers "/render-ws/" too.
        app.MapGet("/", () => Results.Redirect(ViewBase)).ExcludeFromDescription();
        app.MapGet("/render-ws", () => Results.Redirect(ViewBase)).ExcludeFromDescription();
    }

    /// <summary>
    /// One file. <c>no-cache</c> makes the browser revalidate with its ETag (a cheap 304), so pages
    /// from an upgraded server are seen at once instead of after some max-age.
    /// </summary>
    private static IResult GetFile(string? path, HttpRequest request, DashboardFiles files, HttpResponse response)
    {
        // The pages link to each other and to the API relatively, which needs the trailing slash;
        // the route matches "/render-ws/view" without it too.
        if (string.IsNullOrEmpty(path) && !request.Path.Value!.EndsWith('/'))
        {
            return Results.Redirect(ViewBase + request.QueryString);
        }

        var file = files.Get(path);
        response.Headers.CacheControl = "no-cache";
        return Results.Bytes(file.Content, file.ContentType, entityTag: file.ETag);
    }
}
