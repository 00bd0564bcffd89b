using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Render.Storage.Relational;

/// <summary>
/// render's matchPattern, a Java regular expression found anywhere in the tileId, applied in the
/// process on every engine: PostgreSQL's dialect of regular expressions differs from Java's and
/// .NET's (<c>\b</c> is a backspace there, not a word boundary; no <c>\p{..}</c>, no named groups),
/// so both engines select tiles with .NET's.
/// </summary>
internal static class TileIdPattern
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>A test of tileIds for the query's pattern (every tileId passes when it has none).</summary>
    public static Func<string, bool> Of(TileQuery query) =>
        query.TileIdPattern is { } pattern
            ? Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch
            : static _ => true;
}
