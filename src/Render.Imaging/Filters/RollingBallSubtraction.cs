using Render.Geometry.Numerics;
using Render.Imaging.Pixels;
using Render.Model;

namespace Render.Imaging.Filters;

/// <summary>
/// render's RollingBallSubtraction, which runs ImageJ's <c>BackgroundSubtracter.rollingBallBackground</c>
/// with a dark background, the rolling ball (not the sliding paraboloid) and presmoothing: the
/// background a ball of the radius (scaled by the mipmap scale and rounded) leaves under the image is
/// subtracted, rounded and clamped to the pixel type. RGB images are processed per channel.
/// </summary>
public sealed class RollingBallSubtraction(double radius) : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.RollingBallSubtraction";

    /// <summary>The largest radius rolled; ImageJ's ball for larger ones would not fit in memory.</summary>
    public const double MaxRadius = 10_000;

    /// <summary>The ball radius at full scale.</summary>
    public double Radius { get; } = radius;

    /// <summary>The filter a spec's <c>radius</c> parameter describes.</summary>
    public static RollingBallSubtraction FromParameters(IReadOnlyDictionary<string, string>? parameters) =>
        new(FilterParameters.GetDouble(parameters, "radius"));

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        double radius = JavaMath.Round(Radius * scale);
        if (radius > MaxRadius)
        {
            throw new RenderInputException($"a rolling ball radius of {radius} (at this mipmap scale) is larger than this server filters ({MaxRadius})");
        }

        var ball = RollingBall.ForRadius(radius);
        var max = image.Kind == PixelKind.Gray16 ? 65535f : 255f;
        foreach (var plane in FloatPlane.Split(image))
        {
            var original = (float[])plane.Values.Clone();
            RollingBallBackground.Compute(plane, ball);
            var values = plane.Values;
            for (var i = 0; i < values.Length; i++)
            {
                // The 0.5 rounds when the float is cast to the pixel type.
                values[i] = Math.Clamp(original[i] - values[i] + 0.5f, 0f, max);
            }

            plane.WriteBack(image, RoundingMode.Truncate);
        }
    }
}
