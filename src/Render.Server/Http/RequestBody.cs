using Microsoft.AspNetCore.Http;
using Render.Model.Json;

namespace Render.Server.Http;

/// <summary>JSON request bodies read with render's model and its lenient parser.</summary>
internal static class RequestBody
{
    /// <summary>The body parsed as <typeparamref name="T"/>; null for an empty body or a JSON null.</summary>
    public static async Task<T?> ReadJsonAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await ReadBytesAsync(request, cancellationToken).ConfigureAwait(false);
        var text = bytes.AsSpan().Trim(" \t\r\n"u8);
        if (text.IsEmpty || text.SequenceEqual("null"u8))
        {
            return null;
        }

        return RenderJson.Parse<T>(text).GetValueOrThrow();
    }

    /// <summary>The raw body as text (render reads String bodies verbatim).</summary>
    public static async Task<string> ReadTextAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = request.ContentLength is { } length and < int.MaxValue ? new MemoryStream((int)length) : new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
