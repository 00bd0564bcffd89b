using System.Text;

namespace Render.Server.Http;

/// <summary>render's String result: the text as text/plain (UTF-8), or 204 No Content when there is none.</summary>
internal sealed class PlainTextResult(string? text) : IResult
{
    /// <summary>The text, or null for 204.</summary>
    public string? Text { get; } = text;

    public Task ExecuteAsync(HttpContext httpContext) =>
        Text is null ? TypedResults.NoContent().ExecuteAsync(httpContext) : TypedResults.Text(Text, "text/plain", Encoding.UTF8).ExecuteAsync(httpContext);
}
