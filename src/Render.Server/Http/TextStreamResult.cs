namespace Render.Server.Http;

/// <summary>text/plain written piece by piece as the sequence yields (render's layout files).</summary>
internal sealed class TextStreamResult(IAsyncEnumerable<string> pieces) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var enumerator = pieces.GetAsyncEnumerator(cancellationToken);
        var any = await enumerator.MoveNextAsync().ConfigureAwait(false);
        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        while (any)
        {
            await httpContext.Response.WriteAsync(enumerator.Current, cancellationToken).ConfigureAwait(false);
            any = await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
    }
}
