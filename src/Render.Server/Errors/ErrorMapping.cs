using System.Text.Json;
using Render.Geometry.Transforms;
using Render.Imaging.Codecs.Loading;
using Render.Storage;

namespace Render.Server.Errors;

/// <summary>
/// What the service answers for an exception, as render-ws maps them (not found 404, an image the
/// server may not read 403, bad input 400), plus the conditions render has no answer for (a full
/// disk 507, a database that cannot serve now 503). Our own exceptions keep their message, said
/// plainly (<see cref="MessageScrub"/>); anything unexpected is a 500 whose body says only that the
/// server failed and under which id it logged the details, never the exception's text.
/// </summary>
internal static class ErrorMapping
{
    public const string DiskFullMessage = "The server's disk is full; nothing was written.";
    public const string DatabaseUnavailableMessage = "The server cannot reach its database right now; try again shortly.";
    public const string DatabaseBusyMessage = "The database is busy with other writes; try again shortly.";

    /// <summary>The answer for <paramref name="exception"/>; <paramref name="incidentId"/> is named in the body of a server fault.</summary>
    public static ErrorAnswer Answer(Exception exception, string incidentId, string? dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            NotFoundException => Ours(StatusCodes.Status404NotFound, exception, dataDirectory),
            ImageAccessException => Ours(StatusCodes.Status403Forbidden, exception, dataDirectory),
            StackStateException or StackDataException => Ours(StatusCodes.Status400BadRequest, exception, dataDirectory),
            RetryLaterException => Ours(StatusCodes.Status503ServiceUnavailable, exception, dataDirectory),

            // A world point no tile can invert stays a 500 with render's message, as in render.
            NoninvertibleTransformException => Ours(StatusCodes.Status500InternalServerError, exception, dataDirectory) with { IsServerFault = true },
            BadHttpRequestException bad => new ErrorAnswer(bad.StatusCode, MessageScrub.Plain(bad.Message, dataDirectory), false),
            _ when StoreConditions.IsDiskFull(exception, dataDirectory) => new ErrorAnswer(StatusCodes.Status507InsufficientStorage, DiskFullMessage, true),
            _ when StoreConditions.IsDatabaseUnavailable(exception) => new ErrorAnswer(StatusCodes.Status503ServiceUnavailable, DatabaseUnavailableMessage, true),
            _ when StoreConditions.IsDatabaseBusy(exception) => new ErrorAnswer(StatusCodes.Status503ServiceUnavailable, DatabaseBusyMessage, true),
            JsonException json => new ErrorAnswer(StatusCodes.Status400BadRequest, MessageScrub.Json(json), false),
            ArgumentNullException => Unexpected(incidentId),
            ArgumentException or FormatException or OverflowException => BadInput(exception, incidentId, dataDirectory),
            _ => Unexpected(incidentId),
        };
    }

    /// <summary>The body of a server fault: nothing of the exception, only where its details are.</summary>
    public static string FailureMessage(string incidentId) =>
        $"The server failed on this request; it logged the details under id {incidentId}.";

    private static ErrorAnswer Ours(int status, Exception exception, string? dataDirectory) =>
        new(status, MessageScrub.Clean(exception, dataDirectory), false);

    /// <summary>
    /// Bad input said in our words is a 400 with them; one .NET itself refused (a parse deep in a
    /// library) is still the request's fault, but its text is .NET's, so the body points to the log.
    /// </summary>
    private static ErrorAnswer BadInput(Exception exception, string incidentId, string? dataDirectory) =>
        MessageScrub.ThrownByUs(exception) || exception is RenderInputException
            ? Ours(StatusCodes.Status400BadRequest, exception, dataDirectory)
            : new ErrorAnswer(StatusCodes.Status400BadRequest, $"The request holds a value the server cannot use; it logged the details under id {incidentId}.", true);

    private static ErrorAnswer Unexpected(string incidentId) =>
        new(StatusCodes.Status500InternalServerError, FailureMessage(incidentId), true);
}
