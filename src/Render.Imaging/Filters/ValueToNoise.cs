using Render.Geometry.Numerics;
using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// render's ValueToNoise: every pixel equal to <see cref="Value"/> becomes a uniformly random value
/// in [<see cref="Min"/>, <see cref="Max"/>] (each of R, G and B drawn separately for RGB pixels,
/// whose alpha becomes opaque). Value, min and max are rounded to integers as render does.
/// </summary>
/// <remarks>
/// render draws from an unseeded <c>java.util.Random</c>, so its output is not reproducible; the
/// generator here is injected so that tests can seed it. The generator must not be shared with
/// another thread while the filter runs (<see cref="Random.Shared"/> may be).
/// </remarks>
public sealed class ValueToNoise(double value, double min, double max, Random? random = null) : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.ValueToNoise";

    private readonly Random _random = random ?? Random.Shared;

    /// <summary>The value replaced.</summary>
    public double Value { get; } = value;

    /// <summary>The smallest replacement.</summary>
    public double Min { get; } = min;

    /// <summary>The largest replacement.</summary>
    public double Max { get; } = max;

    /// <summary>The filter a spec's <c>value</c>, <c>min</c> and <c>max</c> parameters describe.</summary>
    public static ValueToNoise FromParameters(IReadOnlyDictionary<string, string>? parameters, Random random) => new(
        FilterParameters.GetDouble(parameters, "value"),
        FilterParameters.GetDouble(parameters, "min"),
        FilterParameters.GetDouble(parameters, "max"),
        random);

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        var value = (int)JavaMath.Round(Value);
        var min = (int)JavaMath.Round(Min);
        var count = (int)JavaMath.Round(Max) - min + 1;
        if (count <= 0)
        {
            // Random.nextInt throws for a bound below 1, and render catches it before changing anything.
            return;
        }

        if (image.Gray is { } gray)
        {
            var pixels = gray.Pixels;
            for (var i = 0; i < pixels.Length; i++)
            {
                if (pixels[i] == value)
                {
                    // ip.set(i, v): the processor's (byte) or (short) cast.
                    var noise = _random.Next(count) + min;
                    pixels[i] = image.Kind == PixelKind.Gray8 ? (byte)noise : (ushort)noise;
                }
            }

            return;
        }

        var rgb = image.Rgb!.Pixels;
        for (var i = 0; i < rgb.Length; i++)
        {
            if ((rgb[i] & 0x00ffffff) == value)
            {
                var r = _random.Next(count) + min;
                var g = _random.Next(count) + min;
                var b = _random.Next(count) + min;
                rgb[i] = (((((0xff << 8) | r) << 8) | g) << 8) | b;
            }
        }
    }
}
