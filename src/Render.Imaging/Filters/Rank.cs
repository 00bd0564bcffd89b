using Render.Geometry.Numerics;
using Render.Imaging.Pixels;
using Render.Model;

namespace Render.Imaging.Filters;

/// <summary>
/// render's Rank filter, which runs ImageJ's <c>RankFilters.rank</c>: each pixel becomes the mean,
/// minimum, maximum, variance or median of the circular neighbourhood ImageJ builds for the
/// radius (scaled by the mipmap scale and rounded), with pixels beyond the border taken from the
/// nearest edge. RGB images are filtered per channel.
/// </summary>
/// <remarks>
/// Results match ImageJ's: sums are doubles of float values (exact for 8- and 16-bit pixels, so
/// ImageJ's incremental sums give the same totals), the variance is capped at the pixel type's
/// maximum, and results are stored as <c>(int)(v + 0.5f)</c>.
/// </remarks>
public sealed class Rank : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.Rank";

    /// <summary>Creates the filter.</summary>
    /// <exception cref="RenderInputException">The filter type is not one render allows.</exception>
    public Rank(double radius, RankFilterType filterType)
    {
        if (filterType is < RankFilterType.Mean or > RankFilterType.Median)
        {
            throw new RenderInputException(
                $"'filterType' parameter must be between {(int)RankFilterType.Mean} and {(int)RankFilterType.Median} (inclusive)");
        }

        Radius = radius;
        FilterType = filterType;
    }

    /// <summary>The kernel radius at full scale.</summary>
    public double Radius { get; }

    /// <summary>Which statistic of the neighbourhood each pixel becomes.</summary>
    public RankFilterType FilterType { get; }

    /// <summary>The filter a spec's <c>radius</c> and <c>filterType</c> (ImageJ's number: 0 mean … 4 median) parameters describe.</summary>
    public static Rank FromParameters(IReadOnlyDictionary<string, string>? parameters) =>
        new(FilterParameters.GetDouble(parameters, "radius"), (RankFilterType)FilterParameters.GetInt(parameters, "filterType"));

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        var kernel = RankKernel.ForRadius(JavaMath.Round(Radius * scale));
        var maxValue = image.Kind == PixelKind.Gray16 ? 65535f : 255f;
        foreach (var plane in FloatPlane.Split(image))
        {
            var padded = RankKernel.PadRows(plane, kernel.Radius);
            var result = plane.CreateLike();
            FilterRows.Run(plane.Height, new RankRow(padded, plane.Width, plane.Height, kernel, FilterType, maxValue, result.Values));
            result.WriteBack(image, RoundingMode.AddHalf);
        }
    }
}
