using System.Net;

namespace Render.Client;

/// <summary>Sending with retries, and turning failures into <see cref="RenderException"/>s.</summary>
internal sealed partial class RenderTransport
{
    /// <summary>How much of an error answer is kept as the server's message (render-ws sends one line).</summary>
    private const int MaxServerMessageChars = 4096;

    /// <summary>
    /// Sends until an attempt succeeds, fails for good, or the retries run out. The answer is
    /// returned once its headers arrive, so a caller can stream the body; the caller disposes it.
    /// </summary>
    private async Task<HttpResponseMessage> SendForResponseAsync(
        HttpMethod method, Uri uri, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            using (var request = new HttpRequestMessage(method, uri) { Content = body?.Invoke() })
            {
                try
                {
                    response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException e) when (e.StatusCode is null)
                {
                    // No answer at all (refused, reset, DNS): nothing reached render-ws's logic, or an
                    // idempotent request may safely be repeated.
                    if (!_retry.CanRetry(method, attempt))
                    {
                        throw new RenderException($"{method} {uri} failed: {e.Message}", method, uri, innerException: e);
                    }

                    await _retry.WaitAsync(attempt, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    // HttpClient reports its own timeout as a cancellation; a slow render-ws is not retried,
                    // since the same request would most likely be as slow again.
                    throw new RenderException($"{method} {uri} timed out after {Options.Timeout}", method, uri, innerException: e);
                }
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            if (RetryPolicy.IsTransient(response.StatusCode) && _retry.CanRetry(method, attempt))
            {
                var retryAfter = response.Headers.RetryAfter?.Delta;
                response.Dispose();
                await _retry.WaitAsync(attempt, retryAfter, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                throw await FailureOfAsync(method, uri, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The exception for an error answer, carrying render-ws's plain-text message.</summary>
    private static async Task<RenderException> FailureOfAsync(HttpMethod method, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? serverMessage;
        try
        {
            serverMessage = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // The connection broke while the error was being read; the status alone must do.
            serverMessage = null;
        }

        if (serverMessage is { Length: > MaxServerMessageChars })
        {
            serverMessage = serverMessage[..MaxServerMessageChars];
        }

        serverMessage = string.IsNullOrWhiteSpace(serverMessage) ? null : serverMessage.Trim();
        var status = response.StatusCode;
        var message = $"{method} {uri} returned {(int)status} {status}" + (serverMessage is null ? string.Empty : $": {serverMessage}");
        return status == HttpStatusCode.NotFound
            ? new RenderNotFoundException(message, method, uri, serverMessage)
            : new RenderException(message, method, uri, status, serverMessage);
    }
}
