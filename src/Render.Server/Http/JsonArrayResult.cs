using System.Text.Json;
using Render.Model.Json;

namespace Render.Server.Http;

/// <summary>A JSON array written element by element as the sequence yields, flushed as it grows (large results stay streamed).</summary>
internal sealed class JsonArrayResult<T>(IAsyncEnumerable<T> items) : IResult
{
    private const int FlushBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);

        // The first element is fetched before anything is written, so that an error raised by the
        // query itself still becomes a proper status code.
        var any = await enumerator.MoveNextAsync().ConfigureAwait(false);
        httpContext.Response.ContentType = "application/json";

        // The writer commits into the response pipe (no synchronous I/O); the pipe is flushed
        // every FlushBytes, so memory stays bounded however long the array is.
        var pipe = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, new JsonWriterOptions { Encoder = RenderJson.Options.Encoder, SkipValidation = true });
        writer.WriteStartArray();
        var unflushed = 0L;
        while (any)
        {
            RenderJson.Serialize(writer, enumerator.Current);
            if (writer.BytesCommitted - unflushed > FlushBytes)
            {
                unflushed = writer.BytesCommitted;
                await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            any = await enumerator.MoveNextAsync().ConfigureAwait(false);
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
