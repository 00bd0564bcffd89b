using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Render.Server.Errors;

/// <summary>
/// The one place errors become responses (<see cref="ErrorMapping"/> decides what they say): the
/// body is text/plain and holds only a message for the user, never a stack trace or .NET's text.
/// A server fault is logged with its exception under an id that its answer names.
/// </summary>
internal sealed partial class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger, RenderServerOptions options)
{
    /// <summary>How long a client should wait before sending again a request answered with 503.</summary>
    private const string RetryAfterSeconds = "2";

    private readonly string _dataDirectory = Path.GetFullPath(options.DataDirectory);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            var incidentId = NewIncidentId();
            var answer = ErrorMapping.Answer(exception, incidentId, _dataDirectory);
            if (answer.IsServerFault)
            {
                LogFailure(logger, exception, context.Request.Method, context.Request.Path, answer.Status, incidentId);
            }

            if (context.Response.HasStarted)
            {
                // Mid-stream: truncate the body, as render's streaming outputs do.
                context.Abort();
                return;
            }

            context.Response.Clear();
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            if (answer.Status == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
            }

            await context.Response.WriteAsync(answer.Message, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>A short id, unique enough to find one failure in a day's log.</summary>
    private static string NewIncidentId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed with {Status}; id {IncidentId}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path, int status, string incidentId);
}
