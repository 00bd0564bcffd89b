using System.Text.RegularExpressions;

namespace Render.Model.Json;

/// <summary>
/// Turns a System.Text.Json failure into a message for the person who wrote the JSON:
/// <c>invalid TileSpec JSON: expected a number but found an array (at $.z, line 2, column 8)</c>.
/// The serializer's own wording for null, missing and trailing-comma errors talks about
/// constructors and reader options; those are rewritten in terms of the document.
/// </summary>
internal static partial class JsonErrorMessage
{
    public static string For(Type documentType, JsonException exception)
    {
        var message = Rewrite(StripLocation(exception.Message));
        var where = new List<string>();
        if (!string.IsNullOrEmpty(exception.Path))
        {
            where.Add($"at {exception.Path}");
        }

        if (exception.LineNumber is { } line)
        {
            where.Add($"line {line + 1}");
        }

        if (exception.BytePositionInLine is { } column)
        {
            where.Add($"column {column + 1}");
        }

        var location = where.Count > 0 ? $" ({string.Join(", ", where)})" : string.Empty;
        return $"invalid {DocumentName(documentType)} JSON: {message}{location}";
    }

    public static string DocumentName(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            ? $"{DocumentName(element)} array"
            : type.Name;

    private static string StripLocation(string message)
    {
        var pathStart = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (pathStart >= 0 ? message[..pathStart] : message).TrimEnd('.');
    }

    private static string Rewrite(string message)
    {
        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a trailing comma after the last element (remove the extraneous comma)";
        }

        if (NullNotAllowed().Match(message) is { Success: true } nullMatch)
        {
            return $"'{ToJsonName(nullMatch.Groups["name"].Value)}' must not be null";
        }

        if (MissingRequired().Match(message) is { Success: true } missingMatch)
        {
            return $"missing required field(s) {missingMatch.Groups["names"].Value}";
        }

        if (NotConvertible().Match(message) is { Success: true } typeMatch)
        {
            return $"expected {Expected(typeMatch.Groups["type"].Value)} here";
        }

        return message;
    }

    /// <summary>What a .NET type is in JSON terms, so that no .NET type name reaches the sender.</summary>
    private static string Expected(string clrType) =>
        clrType.Contains("Dictionary", StringComparison.Ordinal) ? "an object"
        : clrType.Contains("List", StringComparison.Ordinal) || clrType.Contains("[]", StringComparison.Ordinal)
            || clrType.Contains("Array", StringComparison.Ordinal) ? "an array"
        : clrType.Contains("String", StringComparison.Ordinal) ? "a string"
        : clrType.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
        : clrType.Contains("Int", StringComparison.Ordinal) || clrType.Contains("Double", StringComparison.Ordinal)
            || clrType.Contains("Single", StringComparison.Ordinal) ? "a number"
        : $"a {clrType[(clrType.LastIndexOf('.') + 1)..].TrimEnd(']')} object";

    private static string ToJsonName(string clrName) =>
        clrName.Length > 0 ? char.ToLowerInvariant(clrName[0]) + clrName[1..] : clrName;

    [GeneratedRegex(@"^The (?:constructor parameter|property or field) '(?<name>[^']+)' on type '[^']+' doesn't allow (?:getting |setting )?null values")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>.+)$")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@"^JSON deserialization for type '[^']+' was missing required properties including: (?<names>.+)$")]
    private static partial Regex MissingRequired();
}
