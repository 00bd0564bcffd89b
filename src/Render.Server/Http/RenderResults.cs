using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Render.Model.Json;

namespace Render.Server.Http;

/// <summary>
/// The responses render-ws gives: JSON written with render's model, 201 + Location for create-style
/// calls, an empty 200 for other mutations, 204 for a null GET, text/plain for String results, and
/// streamed JSON arrays for large results.
/// </summary>
internal static class RenderResults
{
    private const string JsonType = "application/json";

    public static IResult Json<T>(T value) => new JsonValueResult<T>(value);

    /// <summary>A list written as a JSON array of its elements (element types are the registered ones).</summary>
    public static IResult Json<T>(IReadOnlyList<T> items) => new JsonArrayResult<T>(items.ToAsyncEnumerable());

    /// <summary>A JSON array of elements already serialised as UTF-8 JSON, copied as they are.</summary>
    public static IResult SerializedJsonArray(IReadOnlyList<byte[]> elements) => new SerializedJsonArrayResult(elements);

    /// <summary>A JSON array written element by element as the sequence yields.</summary>
    public static IResult JsonArray<T>(IAsyncEnumerable<T> items) => new JsonArrayResult<T>(items);

    /// <summary>A JSON value, or 204 when it is null.</summary>
    public static IResult JsonOrNoContent<T>(T? value)
        where T : class => value is null ? Results.NoContent() : Json(value);

    /// <summary>render's 201 Created with the request URI as Location and no body.</summary>
    public static IResult Created() => new CreatedResult();

    /// <summary>render's empty 200 for mutations.</summary>
    public static IResult Done() => Results.Ok();

    public static IResult Text(string? text) => text is null ? Results.NoContent() : Results.Text(text, "text/plain", Encoding.UTF8);

    private sealed class JsonValueResult<T>(T value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = JsonType;
            return RenderJson.SerializeAsync(httpContext.Response.Body, value, httpContext.RequestAborted);
        }
    }

    private sealed class JsonArrayResult<T>(IAsyncEnumerable<T> items) : IResult
    {
        private const int FlushBytes = 64 * 1024;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var cancellationToken = httpContext.RequestAborted;
            await using var enumerator = items.GetAsyncEnumerator(cancellationToken);

            // The first element is fetched before anything is written, so that an error raised by the
            // query itself still becomes a proper status code.
            var any = await enumerator.MoveNextAsync().ConfigureAwait(false);
            httpContext.Response.ContentType = JsonType;

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

    private sealed class CreatedResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var request = httpContext.Request;
            httpContext.Response.StatusCode = StatusCodes.Status201Created;
            httpContext.Response.Headers.Location = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
            return Task.CompletedTask;
        }
    }
}
