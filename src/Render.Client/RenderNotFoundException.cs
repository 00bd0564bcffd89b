using System.Net;

namespace Render.Client;

/// <summary>
/// render-ws answered 404: the stack, tile, section or match collection does not exist (render's
/// <c>ObjectNotFoundException</c>), or a path value could not be parsed (JAX-RS answers 404 then).
/// </summary>
public sealed class RenderNotFoundException : RenderException
{
    /// <summary>Creates the exception for a request the service answered with 404.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestUri">The URL of the request.</param>
    /// <param name="serverMessage">The service's message.</param>
    public RenderNotFoundException(string message, HttpMethod method, Uri requestUri, string? serverMessage)
        : base(message, method, requestUri, HttpStatusCode.NotFound, serverMessage)
    {
    }
}
