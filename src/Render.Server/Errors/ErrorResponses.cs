using System.Text.Json;
using Microsoft.Extensions.Logging;
using Render.Storage;

namespace Render.Server.Errors;

/// <summary>
/// The one place errors become responses, as render-ws maps them: not found gives 404, an image location the server may not read gives 403, bad input
/// (IllegalArgumentException and its kin) gives 400, anything else 500; the body is text/plain and
/// holds only the message, never a stack trace.
/// </summary>
internal sealed partial class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger)
{
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
            var status = StatusOf(exception);
            if (status >= 500)
            {
                LogFailure(logger, exception, context.Request.Method, context.Request.Path);
            }

            if (context.Response.HasStarted)
            {
                // Mid-stream: truncate the body, as render's streaming outputs do.
                context.Abort();
                return;
            }

            context.Response.Clear();
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(exception.Message, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The status code render-ws would answer for <paramref name="exception"/> (our 4xx for state
    /// refusals). A world point no tile can invert stays a 500, as in render.
    /// </summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        Render.Imaging.Codecs.Loading.ImageAccessException => StatusCodes.Status403Forbidden,
        StackStateException or StackDataException => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        ArgumentException or FormatException or JsonException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}
