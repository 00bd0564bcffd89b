namespace Render.Imaging.Filters;

/// <summary>How a filter's float results become integer pixels again.</summary>
internal enum RoundingMode
{
    /// <summary>mpicbg's block filters: Java's <c>Math.round</c>, clamped to the pixel type's range.</summary>
    JavaRound,

    /// <summary>
    /// ImageJ's RankFilters: <c>(int)(v + 0.5f)</c>, keeping the pixel type's bits (values of a
    /// rank filter of integer pixels never leave the type's range, so the mask only matters in theory).
    /// </summary>
    AddHalf,
}
