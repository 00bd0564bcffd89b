namespace Render.Imaging.Mapping;

/// <summary>The columns <see cref="Start"/> to <see cref="End"/> of a row, inclusive; empty when Start &gt; End.</summary>
/// <param name="Start">The first column.</param>
/// <param name="End">The last column.</param>
internal readonly record struct ColumnRun(int Start, int End)
{
    /// <summary>A run with no columns.</summary>
    public static ColumnRun Empty => new(int.MaxValue, int.MinValue);

    /// <summary>Whether the run has no columns.</summary>
    public bool IsEmpty => Start > End;

    /// <summary>The part of this run at or after column <paramref name="x"/>.</summary>
    public ColumnRun From(int x) => this with { Start = Math.Max(Start, x) };

    /// <summary>The part of this run before column <paramref name="x"/>.</summary>
    public ColumnRun Before(int x) => this with { End = Math.Min(End, x - 1) };
}
