namespace Render.Imaging.Filters;

/// <summary>The statistics of ImageJ's RankFilters that render's Rank filter allows, with ImageJ's numbers.</summary>
public enum RankFilterType
{
    /// <summary>The neighbourhood mean (RankFilters.MEAN).</summary>
    Mean = 0,

    /// <summary>The neighbourhood minimum (RankFilters.MIN).</summary>
    Min = 1,

    /// <summary>The neighbourhood maximum (RankFilters.MAX).</summary>
    Max = 2,

    /// <summary>The neighbourhood variance (RankFilters.VARIANCE).</summary>
    Variance = 3,

    /// <summary>The neighbourhood median (RankFilters.MEDIAN).</summary>
    Median = 4,
}
