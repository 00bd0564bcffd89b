using System.Net;

namespace Render.Client;

/// <summary>
/// A call to render-ws that failed: the service answered with an error status (its plain-text
/// message is in <see cref="ServerMessage"/>), the answer could not be read, or the service could
/// not be reached after the retries. The message names the method, the URL and the status, as
/// render-python's <c>RenderError</c> does.
/// </summary>
/// <param name="message">What went wrong.</param>
/// <param name="method">The HTTP method of the request.</param>
/// <param name="requestUri">The URL of the request.</param>
/// <param name="statusCode">The status the service answered, or null when there was no answer.</param>
/// <param name="serverMessage">The body of the error answer (render-ws sends the exception message as text/plain).</param>
/// <param name="innerException">The failure behind this one, if any.</param>
public class RenderException(
    string message, HttpMethod method, Uri requestUri, HttpStatusCode? statusCode = null, string? serverMessage = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP method of the failed request.</summary>
    public HttpMethod Method { get; } = method;

    /// <summary>The URL of the failed request.</summary>
    public Uri RequestUri { get; } = requestUri;

    /// <summary>The status the service answered, or null when it could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The service's message (the text/plain body of its error answer), if any.</summary>
    public string? ServerMessage { get; } = serverMessage;
}
