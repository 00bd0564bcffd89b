using Render.Geometry.Numerics;
using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// render's NormalizeLocalContrast, which runs mpicbg's <c>NormalizeLocalContrast.run</c>: each
/// pixel is rescaled by the mean and the sample standard deviation of the block of
/// (2·radius + 1)² pixels around it (clipped at the image border) so that mean ± meanFactor·std
/// spans the image's display range. The block radii are scaled by the mipmap scale and rounded.
/// </summary>
/// <remarks>
/// Kept bit-exact with mpicbg: the image becomes floats, block sums come from double integral
/// images whose squares are float products (as Java's <c>a * a</c> on floats), each pixel is
/// evaluated in double in mpicbg's order, stored as a float, and rounded back with Java's
/// <c>Math.round</c> and clamped. A flat block (std 0) therefore gives NaN, which rounds to 0.
/// RGB images are processed per channel.
/// </remarks>
public sealed class NormalizeLocalContrast(int blockRadiusX, int blockRadiusY, float meanFactor, bool center, bool stretch) : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.NormalizeLocalContrast";

    /// <summary>Horizontal block radius at full scale.</summary>
    public int BlockRadiusX { get; } = blockRadiusX;

    /// <summary>Vertical block radius at full scale.</summary>
    public int BlockRadiusY { get; } = blockRadiusY;

    /// <summary>How many standard deviations either side of the mean span the display range.</summary>
    public float MeanFactor { get; } = meanFactor;

    /// <summary>Move the block mean to the middle of the display range.</summary>
    public bool Center { get; } = center;

    /// <summary>Stretch mean ± meanFactor·std to the display range.</summary>
    public bool Stretch { get; } = stretch;

    /// <summary>The filter a spec's <c>blockRadiusX</c>, <c>blockRadiusY</c>, <c>meanFactor</c>, <c>center</c> and <c>stretch</c> parameters describe.</summary>
    public static NormalizeLocalContrast FromParameters(IReadOnlyDictionary<string, string>? parameters) => new(
        FilterParameters.GetInt(parameters, "blockRadiusX"),
        FilterParameters.GetInt(parameters, "blockRadiusY"),
        FilterParameters.GetFloat(parameters, "meanFactor"),
        FilterParameters.GetBool(parameters, "center"),
        FilterParameters.GetBool(parameters, "stretch"));

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        var radiusX = (int)JavaMath.Round(BlockRadiusX * scale);
        var radiusY = (int)JavaMath.Round(BlockRadiusY * scale);
        foreach (var plane in FloatPlane.Split(image))
        {
            // FloatProcessor.setMinAndMax: the range becomes floats, and (0, 0) means the data range.
            var (min, max) = range.Min == 0 && range.Max == 0 ? plane.DataRange() : ((float)range.Min, (float)range.Max);
            var statistics = BlockStatistics.Of(plane);
            var normalizer = new BlockNormalization(plane, statistics, radiusX, radiusY, MeanFactor, min, max, Center, Stretch);
            FilterRows.Run(plane.Height, normalizer);
            plane.WriteBack(image, RoundingMode.JavaRound);
        }
    }
}
