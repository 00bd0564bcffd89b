using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Export.Rendering;

/// <summary>
/// The 8-bit grey box render's BoxClient saves (Utils.saveImage with convertToGray): what
/// <see cref="ArgbOutput.Create"/> and <see cref="OpaquePixels.ToGray"/> give, in one pass over a grey
/// canvas without the ARGB image. An opaque grey pixel comes out as its 8-bit value (Java2D's
/// weights 77 + 150 + 29 sum to 256); a masked one as that value composited twice (onto the
/// transparent output, then onto black), which a table computed once through those two functions
/// answers for every alpha and value. Canvases these cannot express (RGB, a background colour,
/// noise) go through the ARGB image as before. Measured in docs/BENCHMARKS.md: the ARGB output and
/// grey conversion took far longer than this pass per 1024² box.
/// </summary>
internal static class GrayBoxOutput
{
    /// <summary>For alpha a and 8-bit value v, entry (a &lt;&lt; 8) | v: the grey byte the two composites give.</summary>
    private static readonly Lazy<byte[]> MaskedTable = new(BuildTable);

    /// <summary>Whether <see cref="Create"/> takes the one-pass path for this canvas.</summary>
    public static bool IsDirect(Canvas? canvas, RenderParameters parameters) =>
        canvas is null || (canvas.Image.Kind != PixelKind.Rgb && parameters.BackgroundRGBColor is null && !parameters.FillWithNoise);

    /// <summary>The grey box (pooled: dispose it), the output size render computes.</summary>
    public static PixelBuffer<byte> Create(Canvas? canvas, RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (width, height) = ArgbOutput.OutputSize(parameters);
        if (!IsDirect(canvas, parameters))
        {
            using var argb = ArgbOutput.Create(canvas, parameters);
            var converted = PixelBuffer<byte>.Rent(width, height);
            OpaquePixels.ToGray(argb).CopyTo(converted.Pixels);
            return converted;
        }

        var output = PixelBuffer<byte>.Rent(width, height);
        if (canvas is null)
        {
            return output;
        }

        var lut = canvas.Range.EightBitLookup(canvas.Image.Kind, () => RasterConversion.DataRange(canvas.Image));
        var table = canvas.Mask is null ? null : MaskedTable.Value;
        int rows = Math.Min(height, canvas.Height), columns = Math.Min(width, canvas.Width);
        for (var y = 0; y < rows; y++)
        {
            var to = output.Row(y)[..columns];
            var from = canvas.Image.Gray!.Row(y);
            if (canvas.Mask is not { } mask)
            {
                for (var x = 0; x < to.Length; x++)
                {
                    to[x] = lut[from[x]];
                }

                continue;
            }

            var alpha = mask.Row(y);
            for (var x = 0; x < to.Length; x++)
            {
                var a = alpha[x];
                to[x] = a == 255 ? lut[from[x]] : parameters.BinaryMask ? (byte)0 : table![(a << 8) | lut[from[x]]];
            }
        }

        return output;
    }

    /// <summary>A 256 × 256 canvas (value x, alpha y) through the ARGB output and the grey conversion.</summary>
    private static byte[] BuildTable()
    {
        using var canvas = Canvas.Create(PixelKind.Gray8, 256, 256, withMask: true);
        for (var a = 0; a < 256; a++)
        {
            for (var v = 0; v < 256; v++)
            {
                canvas.Image.Gray![v, a] = (ushort)v;
                canvas.Mask![v, a] = (byte)a;
            }
        }

        // The default 0..255 range maps every 8-bit value to itself.
        using var argb = ArgbOutput.Create(canvas, new RenderParameters(Width: 256, Height: 256, Scale: 1));
        return OpaquePixels.ToGray(argb);
    }
}
