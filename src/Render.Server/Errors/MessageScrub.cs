using System.Text.Json;
using System.Text.RegularExpressions;

namespace Render.Server.Errors;

/// <summary>
/// Keeps a message we send to a user free of what is not theirs to read: .NET's own exception texts
/// (which name files by their real path and say things in .NET's terms), .NET type names, and the
/// server's data folder.
/// </summary>
internal static partial class MessageScrub
{
    /// <summary>The message of one of our own exceptions, with anything of .NET's or the server's in it said plainly.</summary>
    public static string Clean(Exception exception, string? dataDirectory)
    {
        var message = exception.Message;
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            // "cannot read image 'x': Could not find file '/real/path'." becomes "... : no such file".
            if (!IsOurs(inner) && inner.Message.Length > 0 && message.Contains(inner.Message, StringComparison.Ordinal))
            {
                message = message.Replace(inner.Message, Reason(inner), StringComparison.Ordinal);
            }
        }

        return Plain(message, dataDirectory);
    }

    /// <summary><paramref name="message"/> without .NET type names or the data folder's path.</summary>
    public static string Plain(string message, string? dataDirectory)
    {
        if (!string.IsNullOrEmpty(dataDirectory))
        {
            message = message.Replace(dataDirectory, "the data folder", StringComparison.Ordinal);
        }

        return TypeName().Replace(message, "a value");
    }

    /// <summary>
    /// A JSON syntax or type error in the request as a sentence about the document: where it is
    /// (JSON path, line, column) and, when .NET's text names no type, what the reader found.
    /// </summary>
    public static string Json(JsonException exception)
    {
        var text = exception.Message;
        var pathStart = text.IndexOf(" Path: ", StringComparison.Ordinal);
        text = (pathStart >= 0 ? text[..pathStart] : text).Trim().TrimEnd('.');
        var what = text.Length == 0 || TypeName().IsMatch(text) || text.Contains("type '", StringComparison.Ordinal)
            ? "a value does not have the type this request expects"
            : text;
        var where = string.Join(", ", new[]
        {
            string.IsNullOrEmpty(exception.Path) ? null : $"at {exception.Path}",
            exception.LineNumber is { } line ? $"line {line + 1}" : null,
            exception.BytePositionInLine is { } column ? $"column {column + 1}" : null,
        }.OfType<string>());
        return $"invalid JSON in the request: {what}" + (where.Length > 0 ? $" ({where})" : string.Empty);
    }

    /// <summary>True for exceptions of this code base, whose messages are written for users.</summary>
    public static bool IsOurs(Exception exception) => IsOurs(exception.GetType().Assembly);

    /// <summary>True when <paramref name="exception"/> was thrown by this code base (not by .NET or a library on its behalf).</summary>
    public static bool ThrownByUs(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Assembly is { } assembly && IsOurs(assembly);

    private static bool IsOurs(System.Reflection.Assembly assembly) =>
        assembly.GetName().Name is { } name && name.StartsWith("Render.", StringComparison.Ordinal);

    /// <summary>What an inner .NET exception means, in words that name no path.</summary>
    private static string Reason(Exception inner) => inner switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "the server may not read it",
        EndOfStreamException => "the data ends early",
        InvalidDataException => "the data is not valid",
        IOException => "it could not be read",
        JsonException => "it is not valid JSON",
        FormatException or OverflowException => "a value is not in the expected format",
        _ => "it is not valid",
    };

    /// <summary>A namespace-qualified .NET type name (generic arguments included), as .NET's messages write them.</summary>
    [GeneratedRegex(@"\b(?:System|Microsoft|Render|Npgsql|NetVips|SQLitePCL)(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:`\d+)?(?:\[[^\]]*\]+)?")]
    private static partial Regex TypeName();
}
