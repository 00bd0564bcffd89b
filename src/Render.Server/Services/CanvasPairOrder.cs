using Render.Model.PointMatches;

namespace Render.Server.Services;

/// <summary>
/// The order match answers are streamed in: pGroupId, qGroupId, pId, qId by Unicode code point,
/// the byte order in which Mongo (and SQLite's BINARY collation, and PostgreSQL's C collation) sort
/// UTF-8 strings. It differs from UTF-16 ordinal order only for characters beyond U+FFFF, but a
/// merge must agree with the order its inputs are sorted in.
/// </summary>
internal sealed class CanvasPairOrder : IComparer<CanvasMatches>
{
    public static CanvasPairOrder Instance { get; } = new();

    public int Compare(CanvasMatches? x, CanvasMatches? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var order = CompareCodePoints(x.PGroupId, y.PGroupId);
        order = order != 0 ? order : CompareCodePoints(x.QGroupId, y.QGroupId);
        order = order != 0 ? order : CompareCodePoints(x.PId, y.PId);
        return order != 0 ? order : CompareCodePoints(x.QId, y.QId);
    }

    /// <summary>Compares by code point: UTF-16 order, except that surrogates sort after U+E000..U+FFFF.</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Shift(a[common]).CompareTo(Shift(b[common]));
    }

    /// <summary>Moves surrogates (U+D800..U+DFFF) above U+FFFF's neighbours, keeping every other order.</summary>
    private static int Shift(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
}
