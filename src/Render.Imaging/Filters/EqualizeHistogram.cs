using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// render's EqualizeHistogram, which runs ImageJ's <c>ContrastEnhancer.equalize(ip)</c>: a lookup
/// table from the cumulative square roots of the histogram counts (ImageJ's default, gentler than
/// classic equalisation), over 256 values for 8-bit images and 65536 for 16-bit ones. render's
/// <c>saturatedPixels</c> parameter is read but, as in render, not used.
/// </summary>
/// <remarks>RGB images are left unchanged (ImageJ would equalise their luminance histogram; not implemented).</remarks>
public sealed class EqualizeHistogram(double saturatedPixels = 0) : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.EqualizeHistogram";

    /// <summary>render's unused parameter.</summary>
    public double SaturatedPixels { get; } = saturatedPixels;

    /// <summary>The filter a spec's <c>saturatedPixels</c> parameter describes.</summary>
    public static EqualizeHistogram FromParameters(IReadOnlyDictionary<string, string>? parameters) =>
        new(FilterParameters.GetDouble(parameters, "saturatedPixels"));

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Gray is not { } gray)
        {
            return;
        }

        var max = image.Kind == PixelKind.Gray16 ? 65535 : 255;
        var histogram = new int[max + 1];
        var pixels = gray.Pixels;
        foreach (var v in pixels)
        {
            histogram[v]++;
        }

        var lut = Table(histogram, max);
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (ushort)lut[pixels[i]];
        }
    }

    /// <summary>ContrastEnhancer's table: inner bins count twice in the total, and each maps to the middle of its share.</summary>
    internal static int[] Table(int[] histogram, int max)
    {
        var sum = Weight(histogram[0]);
        for (var i = 1; i < max; i++)
        {
            sum += 2 * Weight(histogram[i]);
        }

        sum += Weight(histogram[max]);
        var scale = max / sum;
        var lut = new int[max + 1];
        sum = Weight(histogram[0]);
        for (var i = 1; i < max; i++)
        {
            var delta = Weight(histogram[i]);
            sum += delta;
            lut[i] = (int)Geometry.Numerics.JavaMath.Round(sum * scale);
            sum += delta;
        }

        lut[max] = max;
        return lut;
    }

    private static double Weight(int count) => count < 2 ? count : Math.Sqrt(count);
}
