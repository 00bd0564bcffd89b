using System.Globalization;
using Render.Model;

namespace Render.Imaging.Filters;

/// <summary>
/// render's <c>Filter.get*Parameter</c>: a filter spec's parameters are strings, read with Java's
/// parsers; a missing or unreadable one is the caller's mistake (a 400 over HTTP).
/// </summary>
internal static class FilterParameters
{
    /// <summary>Java's <c>Integer.parseInt</c>: an optional sign and decimal digits, nothing else.</summary>
    public static int GetInt(IReadOnlyDictionary<string, string>? parameters, string name) =>
        int.TryParse(Get(parameters, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Unparsable(name);

    /// <summary>Java's <c>Float.parseFloat</c>.</summary>
    public static float GetFloat(IReadOnlyDictionary<string, string>? parameters, string name) => (float)GetDouble(parameters, name);

    /// <summary>Java's <c>Double.parseDouble</c>: surrounding blanks and a <c>d</c>/<c>f</c> suffix are allowed.</summary>
    public static double GetDouble(IReadOnlyDictionary<string, string>? parameters, string name)
    {
        var text = Get(parameters, name).Trim();
        if (text.Length > 1 && text[^1] is 'd' or 'D' or 'f' or 'F')
        {
            text = text[..^1];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Unparsable(name);
    }

    /// <summary>Java's <c>Boolean.parseBoolean</c>: "true" in any case is true, anything else false.</summary>
    public static bool GetBool(IReadOnlyDictionary<string, string>? parameters, string name) =>
        string.Equals(Get(parameters, name), "true", StringComparison.OrdinalIgnoreCase);

    private static string Get(IReadOnlyDictionary<string, string>? parameters, string name) =>
        parameters is not null && parameters.TryGetValue(name, out var text) && text is not null
            ? text
            : throw new RenderInputException($"'{name}' is not defined");

    private static RenderInputException Unparsable(string name) => new($"failed to parse '{name}' parameter");
}
