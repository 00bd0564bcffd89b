using System.Globalization;
using System.Text.RegularExpressions;

namespace Render.Storage.Relational.Migrations;

/// <summary>
/// The schema's history, described once (<c>Migrations/NNN_name.sql</c>) and rendered for each
/// engine with its words. The numbering is the one both engines had: SQLite databases made before
/// the stores were one are at step 3, PostgreSQL's at step 4, and each goes on from there.
/// </summary>
internal static partial class MigrationHistory
{
    /// <summary>The steps, lowest number first.</summary>
    public static IReadOnlyList<Migration> Steps { get; } = Load();

    /// <summary>Runs every step the database has not run yet, recording each in <c>schema_version</c>, in the given write.</summary>
    public static async Task ApplyAsync(SqlWrite write, IReadOnlyDictionary<string, string> words, CancellationToken cancellationToken)
    {
        await write.Command("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)").RunAsync(cancellationToken).ConfigureAwait(false);
        var current = await write.Command("SELECT coalesce(max(version), 0) FROM schema_version").LongAsync(cancellationToken).ConfigureAwait(false);
        foreach (var step in Steps.Where(step => step.Version > current))
        {
            await write.Command(step.Render(words)).RunAsync(cancellationToken).ConfigureAwait(false);
            await write.Command($"INSERT INTO schema_version (version) VALUES ({step.Version})").RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationHistory).Assembly;
        var steps = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild names a resource Folder.File, and may put '_' before a leading digit.
            if (ScriptName().Match(name) is { Success: true } match)
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                steps.Add(new Migration(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
            }
        }

        return [.. steps.OrderBy(step => step.Version)];
    }

    [GeneratedRegex(@"\.Migrations\._?(\d{3})_(\w+)\.sql$")]
    private static partial Regex ScriptName();
}
