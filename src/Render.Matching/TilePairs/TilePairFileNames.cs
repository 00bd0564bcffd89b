using System.Globalization;
using System.Text.RegularExpressions;

namespace Render.Matching.TilePairs;

/// <summary>
/// render's names for the files of a split run: <c>pairs.json</c> becomes <c>pairs_p000.json</c>,
/// <c>pairs_p001.json</c>...; a <c>.gz</c> or <c>.zip</c> ending (also after <c>.json</c>) stays at the end.
/// </summary>
public static partial class TilePairFileNames
{
    /// <summary>The name of file <paramref name="index"/> (0-based) of a run asked to write <paramref name="toJson"/>.</summary>
    public static string Numbered(string toJson, int index)
    {
        ArgumentNullException.ThrowIfNull(toJson);
        var (prefix, suffix) = Split(toJson);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}_p{index:000}{suffix}");
    }

    private static (string Prefix, string Suffix) Split(string toJson)
    {
        var match = Extension().Match(toJson);
        if (!match.Success)
        {
            return (toJson, "");
        }

        var prefix = match.Groups[1].Value;
        var suffix = "." + match.Groups[2].Value;
        return prefix.EndsWith(".json", StringComparison.Ordinal) ? (prefix[..^5], ".json" + suffix) : (prefix, suffix);
    }

    [GeneratedRegex(@"^(.*)\.(json|gz|zip)$", RegexOptions.Singleline)]
    private static partial Regex Extension();
}
