using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// One grey channel of an image as floats, the form ImageJ's filters compute in: the grey values of
/// a grey image, or the red, green or blue byte of an RGB image (<see cref="Channel"/> 0, 1 or 2).
/// </summary>
internal sealed class FloatPlane(int width, int height, int channel, float[] values)
{
    /// <summary>Pixels per row.</summary>
    public int Width { get; } = width;

    /// <summary>Rows.</summary>
    public int Height { get; } = height;

    /// <summary>The RGB channel (0 red, 1 green, 2 blue), or −1 for a grey image.</summary>
    public int Channel { get; } = channel;

    /// <summary>The values, row-major.</summary>
    public float[] Values { get; } = values;

    /// <summary>An empty plane of the same size and channel.</summary>
    public FloatPlane CreateLike() => new(Width, Height, Channel, new float[Values.Length]);

    /// <summary>The smallest and largest value (FloatProcessor's data range).</summary>
    public (float Min, float Max) DataRange()
    {
        if (Values.Length == 0)
        {
            return (0, 0);
        }

        float min = float.MaxValue, max = float.MinValue;
        foreach (var v in Values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    /// <summary>Writes the values back into <paramref name="image"/> (its grey values, or this plane's RGB byte).</summary>
    public void WriteBack(Raster image, RoundingMode mode)
    {
        ArgumentNullException.ThrowIfNull(image);
        var values = Values;
        if (image.Gray is { } gray)
        {
            var pixels = gray.Pixels;
            var max = image.Kind == PixelKind.Gray8 ? 255 : 65535;
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (ushort)ToInteger(values[i], mode, max);
            }

            return;
        }

        var rgb = image.Rgb!.Pixels;
        var shift = 16 - (8 * Channel);
        var keep = ~(0xff << shift);
        for (var i = 0; i < rgb.Length; i++)
        {
            rgb[i] = (rgb[i] & keep) | (ToInteger(values[i], mode, 255) << shift);
        }
    }

    /// <summary>One plane per channel of <paramref name="image"/>: one for grey, three for RGB.</summary>
    public static IEnumerable<FloatPlane> Split(Raster image)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        if (image.Gray is { } gray)
        {
            var values = new float[gray.Length];
            var pixels = gray.Pixels;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = pixels[i];
            }

            yield return new FloatPlane(width, height, -1, values);
            yield break;
        }

        for (var channel = 0; channel < 3; channel++)
        {
            var shift = 16 - (8 * channel);
            var values = new float[width * height];
            var pixels = image.Rgb!.Pixels;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (pixels[i] >> shift) & 0xff;
            }

            yield return new FloatPlane(width, height, channel, values);
        }
    }

    private static int ToInteger(float value, RoundingMode mode, int max) => mode switch
    {
        RoundingMode.JavaRound => Math.Clamp(JavaRound(value), 0, max),
        RoundingMode.AddHalf => Geometry.Numerics.JavaMath.ToInt(value + 0.5f) & max,
        _ => Geometry.Numerics.JavaMath.ToInt(value),
    };

    /// <summary>Java's <c>Math.round(float)</c>: the nearest int, ties up, NaN 0, saturating.</summary>
    internal static int JavaRound(float value) =>
        float.IsNaN(value) ? 0 : Geometry.Numerics.JavaMath.ToInt(Math.Floor(value + 0.5));
}
