using Render.Geometry.Numerics;
using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// render's CLAHE filter, which runs mpicbg's contrast limited adaptive histogram equalisation
/// (<c>mpicbg.ij.clahe.Flat</c>, or <c>FastFlat</c> when <see cref="Fast"/>) on the whole image
/// without a mask. The block radius is scaled by the mipmap scale and rounded.
/// </summary>
/// <remarks>
/// As in mpicbg, the equalisation is computed on an 8-bit copy (a 16-bit image through its display
/// range) and then applied: 8-bit pixels take the equalised value, 16-bit pixels are scaled by
/// equalised/original around the display minimum. <c>FastFlat</c> interpolates between transfer
/// functions of blocks on a grid and leaves the last row and column as they were. RGB images are
/// left unchanged (not implemented). The constructor throws <see cref="Model.RenderInputException"/>
/// when <c>bins</c> is not between 1 and 65536.
/// </remarks>
public sealed class Clahe(bool fast, int blockRadius, int bins, float slope) : IImageFilter
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.filter.CLAHE";

    /// <summary>The largest block radius filtered (2·radius + 1 must not overflow, and larger blocks cover any tile anyway).</summary>
    public const int MaxBlockRadius = 1 << 20;

    /// <summary>Interpolate between a grid of block histograms instead of one histogram per pixel.</summary>
    public bool Fast { get; } = fast;

    /// <summary>The block radius at full scale.</summary>
    public int BlockRadius { get; } = blockRadius;

    /// <summary>Histogram bins − 1 (mpicbg's histograms have bins + 1 entries).</summary>
    public int Bins { get; } = bins is < 1 or > 65536
        ? throw new Model.RenderInputException($"CLAHE 'bins' must be between 1 and 65536, not {bins}")
        : bins;

    /// <summary>The maximum slope of the transfer function.</summary>
    public float Slope { get; } = slope;

    /// <summary>The filter a spec's <c>fast</c>, <c>blockRadius</c>, <c>bins</c> and <c>slope</c> parameters describe.</summary>
    public static Clahe FromParameters(IReadOnlyDictionary<string, string>? parameters) => new(
        FilterParameters.GetBool(parameters, "fast"),
        FilterParameters.GetInt(parameters, "blockRadius"),
        FilterParameters.GetInt(parameters, "bins"),
        FilterParameters.GetFloat(parameters, "slope"));

    /// <inheritdoc/>
    public void Process(Raster image, DisplayRange range, double scale)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Gray is not { } gray)
        {
            return;
        }

        var radius = (int)JavaMath.Round(BlockRadius * scale);
        if (radius is < 0 or > MaxBlockRadius)
        {
            // mpicbg would overflow or index outside the image.
            throw new Model.RenderInputException($"a CLAHE block radius of {radius} (at this mipmap scale) is outside what this server filters (0 to {MaxBlockRadius})");
        }

        var source = ToBytes(image, range);
        var equalised = (byte[])source.Clone();
        if (Fast)
        {
            ClaheGrid.Equalise(source, equalised, image.Width, image.Height, radius, Bins, Slope);
        }
        else
        {
            FilterRows.Run(image.Height, new ClaheRow(source, equalised, image.Width, image.Height, radius, Bins, Slope));
        }

        Apply(gray.Pixels, image.Kind, source, equalised, JavaMath.ToInt(range.Min));
    }

    /// <summary>ImageJ's <c>convertToByte(true)</c>: 8-bit pixels as they are, 16-bit through the display range.</summary>
    private static byte[] ToBytes(Raster image, DisplayRange range)
    {
        var bytes = RasterConversion.Convert(image, range, PixelKind.Gray8).Gray!.Pixels;
        var result = new byte[bytes.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (byte)bytes[i];
        }

        return result;
    }

    /// <summary>mpicbg's FastByteApply and ShortApply with a full mask (m = 1), in their float arithmetic.</summary>
    private static void Apply(Span<ushort> pixels, PixelKind kind, byte[] source, byte[] equalised, int min)
    {
        const float m = 255 / 255.0f;
        for (var i = 0; i < pixels.Length; i++)
        {
            float a = equalised[i];
            if (kind == PixelKind.Gray8)
            {
                pixels[i] = (byte)JavaMath.ToInt((m * a) + ((1.0f - m) * source[i]) + 0.5f);
                continue;
            }

            int v = pixels[i];
            float vSource = source[i];
            var ratio = vSource == 0 ? 1.0f : a / vSource;
            var b = (m * ((ratio * (v - min)) + min - v)) + v;
            pixels[i] = (ushort)Math.Clamp(JavaMath.ToInt(b + 0.5f), 0, 65535);
        }
    }
}
