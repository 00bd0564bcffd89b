using System.Text.RegularExpressions;

namespace Render.Storage.Relational.Migrations;

/// <summary>One step of the schema's history: its number and its SQL, with the engine's words in braces.</summary>
/// <param name="Version">The step's number; a database records the steps it has run in <c>schema_version</c>.</param>
/// <param name="Name">What the step is about (the script's file name).</param>
/// <param name="Template">The step's SQL, with words such as <c>{id}</c> or <c>{box index}</c> that each engine renders.</param>
internal sealed partial record Migration(int Version, string Name, string Template)
{
    /// <summary>The SQL of the step on an engine with <paramref name="words"/>; a word it does not have is a programming error.</summary>
    public string Render(IReadOnlyDictionary<string, string> words) =>
        Word().Replace(Template, match => words.TryGetValue(match.Groups[1].Value, out var sql)
            ? sql
            : throw new InvalidOperationException($"migration {Version} ({Name}) uses the word '{match.Groups[1].Value}', which this engine does not have"));

    [GeneratedRegex(@"\{([a-z][a-z ]*)\}")]
    private static partial Regex Word();
}
