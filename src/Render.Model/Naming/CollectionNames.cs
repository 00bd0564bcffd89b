using System.Text.RegularExpressions;

namespace Render.Model.Naming;

/// <summary>
/// render's rules for the names that become storage collection names (its <c>CollectionNameUtil</c>):
/// owner, project, stack and match collection names are ASCII letters and digits, optionally joined
/// by single underscores; and the collection name built from them must fit MongoDB's namespace limit.
/// We keep the same rules and messages so that names move freely between render and us.
/// </summary>
public static partial class CollectionNames
{
    /// <summary>What joins the fields of a collection name.</summary>
    public const string FieldSeparator = "__";

    /// <summary>The longest <c>owner__project__stack__transform</c> render accepts (120 - "render" - 1 - ".A").</summary>
    public const int MaxRenderCollectionNameLength = 111;

    /// <summary>The longest <c>owner__collection</c> render accepts (120 - "match" - 1 - ".A").</summary>
    public const int MaxMatchCollectionNameLength = 112;

    /// <summary>True when <paramref name="value"/> follows the name rule.</summary>
    public static bool IsValidName(string? value) => value is not null && NamePattern().IsMatch(value);

    /// <summary>Null when <paramref name="value"/> is a valid <paramref name="context"/> name (owner, project, stack, name), else the message.</summary>
    public static string? CheckName(string context, string? value) =>
        value is null ? $"{context} value must be specified"
        : IsValidName(value) ? null
        : $"invalid {context} '{value}' specified, names may only contain alphanumeric or underscore '_' characters and may not contain consecutive underscores '_'";

    /// <summary>
    /// Null when the collection name joined from <paramref name="fields"/> is short enough for
    /// <paramref name="database"/> ("render" or "match"), else render's message (which says "less
    /// than" although a name of exactly the limit is accepted, as in render).
    /// </summary>
    public static string? CheckLength(string database, int maxLength, params ReadOnlySpan<string> fields)
    {
        var name = string.Join(FieldSeparator, fields);
        return name.Length <= maxLength ? null
            : $"{database} collection name '{name}' must be less than {maxLength} characters, therefore the length of one or more of the collection fields should be reduced";
    }

    // Java's [A-Za-z0-9]++(_([A-Za-z0-9])++)*+ matched against the whole value; \z, not $, so
    // that a trailing newline does not pass.
    [GeneratedRegex(@"\A[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
