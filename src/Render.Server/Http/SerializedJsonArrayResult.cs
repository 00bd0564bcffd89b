using System.Buffers;

namespace Render.Server.Http;

/// <summary>
/// A JSON array of elements that are already serialised (UTF-8 JSON values), copied into the
/// response as they are: what <see cref="RenderResults.Json{T}(IReadOnlyList{T})"/> writes for the
/// same values, without writing them again.
/// </summary>
internal sealed class SerializedJsonArrayResult(IReadOnlyList<byte[]> elements) : IResult
{
    private const int FlushBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        httpContext.Response.ContentType = "application/json";
        var pipe = httpContext.Response.BodyWriter;
        pipe.Write("["u8);
        var unflushed = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            if (i > 0)
            {
                pipe.Write(","u8);
            }

            pipe.Write(elements[i]);
            unflushed += elements[i].Length + 1;
            if (unflushed > FlushBytes)
            {
                unflushed = 0;
                await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        pipe.Write("]"u8);
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
