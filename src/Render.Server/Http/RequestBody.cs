using System.Buffers;
using Render.Model.Json;

namespace Render.Server.Http;

/// <summary>JSON request bodies read with render's model and its lenient parser.</summary>
internal static class RequestBody
{
    private const int FirstChunk = 64 * 1024;

    /// <summary>
    /// Bodies declared larger than this are parsed as they arrive instead of read whole first: a
    /// 500 MB import no longer needs 500 MB of buffer beside what it parses to, and the pooled buffer
    /// of that size, once returned, would stay in the pool (and the process) for good.
    /// </summary>
    internal const long StreamingThreshold = 64L << 20;

    /// <summary>The body parsed as <typeparamref name="T"/>; null for an empty body or a JSON null.</summary>
    /// <remarks>
    /// A body up to <see cref="StreamingThreshold"/> (or of unknown length) is read whole into a pooled
    /// buffer and parsed from there. Import bodies run to tens of megabytes; a fresh array for each
    /// would be new memory every time, and touching new pages cost more than parsing them (measured
    /// on the match import). Nothing parsed refers to the buffer. A larger one is parsed as it arrives.
    /// </remarks>
    public static async Task<T?> ReadJsonAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > StreamingThreshold)
        {
            ReturnMemoryAfterwards(request.HttpContext);
            return (await RenderJson.ParseAsync<T>(request.Body, cancellationToken).ConfigureAwait(false)).GetValueOrThrow();
        }

        var (buffer, length) = await ReadPooledAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var text = buffer.AsSpan(0, length).Trim(" \t\r\n"u8);
            if (text.IsEmpty || text.SequenceEqual("null"u8))
            {
                return null;
            }

            return RenderJson.Parse<T>(text).GetValueOrThrow();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Once the response of a request with a very large body has gone, gives the memory its parse
    /// took back to the system: the service otherwise keeps freed memory for reuse (GCRetainVM,
    /// which speeds up ordinary imports), and one 500 MB import would hold gigabytes for good.
    /// </summary>
    private static void ReturnMemoryAfterwards(HttpContext context) =>
        context.Response.OnCompleted(() =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return Task.CompletedTask;
        });

    /// <summary>The raw body as text (render reads String bodies verbatim).</summary>
    public static async Task<string> ReadTextAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The whole body in a buffer rented from the shared pool (the caller returns it), and its length.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadPooledAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = request.ContentLength is { } declared and >= 0 and < int.MaxValue ? (int)declared : FirstChunk;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(expected + 1, 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        if (length >= Array.MaxLength / 2)
        {
            throw new BadHttpRequestException("the request body is too large", StatusCodes.Status413PayloadTooLarge);
        }

        var larger = ArrayPool<byte>.Shared.Rent(length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
