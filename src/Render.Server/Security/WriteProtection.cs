using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Render.Server.Security;

/// <summary>
/// Who may write (issue 21): a web page on another site never (a page the user opened once
/// emptied a stack with <c>PUT .../state/OFFLINE</c> and created one with a form POST), nobody on
/// a read-only service, and only holders of the write token when one is set. Programs such as
/// render-python, the Java clients, curl and our client send no <c>Origin</c> and keep working.
/// Refusals are answered here, before routing, with a plain-text sentence.
/// </summary>
/// <remarks>
/// A write is any PUT, POST, DELETE or PATCH. render-ws also uses PUT for a few reads (batch
/// coordinate mapping, images from parameters, JSON validation, tiles by ids); those pass a
/// read-only service and need no token, but still obey the cross-site rules.
/// </remarks>
internal sealed class WriteProtection(RequestDelegate next, RenderServerOptions options)
{
    private static readonly string[] FormTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    /// <summary>Endpoints whose body is plain text (render reads these String bodies verbatim).</summary>
    private static readonly string[] TextBodySuffixes = ["/materializedBoxRootPath", "/defaultChannel", "/z"];

    /// <summary>Path parts of the PUT endpoints that only read.</summary>
    private static readonly string[] ReadingPuts =
        ["-coordinates", "/tileIdsForCoordinates", "/validate-json/", "-image", "/tile-specs-with-ids"];

    private readonly byte[]? _token = options.WriteToken is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPut(request.Method) && !HttpMethods.IsPost(request.Method)
            && !HttpMethods.IsDelete(request.Method) && !HttpMethods.IsPatch(request.Method))
        {
            return next(context);
        }

        var (status, message) = CrossSiteRefusal(request) ?? AccessRefusal(request) ?? (0, string.Empty);
        if (status == 0)
        {
            return next(context);
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    private (int, string)? CrossSiteRefusal(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        var allowed = origin.Length > 0 && options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
        if (origin.Length > 0 && !allowed && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status403Forbidden,
                $"writes from web pages of another site ({origin}) are refused; start the service with --allow-origin {origin} to allow that site");
        }

        if (!allowed && string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status403Forbidden, "writes from web pages of another site are refused");
        }

        if (request.ContentType is { } contentType && IsFormType(contentType) && !AcceptsText(request))
        {
            return (StatusCodes.Status403Forbidden,
                $"this request must send its body as application/json, not {contentType} (form content types are refused: web pages on other sites can send them)");
        }

        return null;
    }

    private (int, string)? AccessRefusal(HttpRequest request)
    {
        if (HttpMethods.IsPut(request.Method) && ReadingPuts.Any(part => request.Path.Value!.Contains(part, StringComparison.Ordinal)))
        {
            return null;
        }

        if (options.ReadOnly)
        {
            return (StatusCodes.Status403Forbidden, "this render-ws is read-only: writes are refused");
        }

        if (_token is not null && !HasToken(request))
        {
            return (StatusCodes.Status401Unauthorized, "writes need the write token: send it as 'Authorization: Bearer <token>' (render's clients read it from RENDER_WRITE_TOKEN)");
        }

        return null;
    }

    private bool HasToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
    }

    private static bool IsFormType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && FormTypes.Any(type => parsed.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text-body endpoints take <c>text/plain</c> (the form types stay refused there).</summary>
    private static bool AcceptsText(HttpRequest request) =>
        request.ContentType!.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
        && (TextBodySuffixes.Any(suffix => request.Path.Value!.TrimEnd('/').EndsWith(suffix, StringComparison.Ordinal))
            || request.Path.Value!.Contains("/validate-json/", StringComparison.Ordinal));
}
