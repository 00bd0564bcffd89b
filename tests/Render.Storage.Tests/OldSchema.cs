using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Render.Storage.Tests;

/// <summary>
/// The migration scripts a store had before the stores became one, embedded in its test assembly
/// (<c>OldSchema/NNN_name.sql</c>): the migration tests build databases as that version did.
/// </summary>
public static partial class OldSchema
{
    /// <summary>The scripts embedded in <paramref name="testAssembly"/>, lowest number first.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Scripts(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        var scripts = new List<(int Version, string Sql)>();
        foreach (var name in testAssembly.GetManifestResourceNames())
        {
            if (ScriptName().Match(name) is { Success: true } match)
            {
                using var reader = new StreamReader(testAssembly.GetManifestResourceStream(name)!);
                scripts.Add((int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), reader.ReadToEnd()));
            }
        }

        return [.. scripts.OrderBy(script => script.Version)];
    }

    [GeneratedRegex(@"\.OldSchema\._?(\d{3})_\w+\.sql$")]
    private static partial Regex ScriptName();
}
