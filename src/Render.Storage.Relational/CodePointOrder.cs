namespace Render.Storage.Relational;

/// <summary>
/// Orders strings by Unicode code point: the order of the id columns and their indexes on every
/// engine (SQLite's BINARY collation and PostgreSQL's "C" both compare UTF-8 bytes). Ordinal
/// UTF-16 order differs from it where a surrogate pair (a code point above U+FFFF) meets a
/// character from U+E000 to U+FFFF.
/// </summary>
internal sealed class CodePointOrder : IComparer<string?>
{
    public static readonly CodePointOrder Instance = new();

    private CodePointOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        return common == x.Length || common == y.Length
            ? x.Length.CompareTo(y.Length)
            : Rank(x[common]).CompareTo(Rank(y[common]));
    }

    /// <summary>The smallest and largest of non-empty <paramref name="values"/>.</summary>
    public (string First, string Last) Range(IEnumerable<string> values)
    {
        using var each = values.GetEnumerator();
        if (!each.MoveNext())
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var (first, last) = (each.Current, each.Current);
        while (each.MoveNext())
        {
            if (Compare(each.Current, first) < 0)
            {
                first = each.Current;
            }
            else if (Compare(each.Current, last) > 0)
            {
                last = each.Current;
            }
        }

        return (first, last);
    }

    /// <summary>
    /// A UTF-16 unit's rank in code point order at the first unit where two strings differ:
    /// surrogates (code points above U+FFFF) rank above U+E000–U+FFFF, which move down to close the gap.
    /// </summary>
    private static int Rank(char unit) => unit switch
    {
        < '\uD800' => unit,
        < '\uE000' => unit + 0x2000,
        _ => unit - 0x800,
    };
}
