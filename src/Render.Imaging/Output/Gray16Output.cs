using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Imaging.Output;

/// <summary>
/// render's ShortRenderer result: the canvas as 16-bit grey, raw values with the display range
/// ignored (8-bit canvases copied 0..255 unscaled, RGB through its grey mean), cropped to the
/// output size.
/// </summary>
public static class Gray16Output
{
    /// <summary>The 16-bit output (pooled: dispose it). <paramref name="canvas"/> null gives zeros.</summary>
    public static PixelBuffer<ushort> Create(Canvas? canvas, RenderParameters parameters)
    {
        var (width, height) = ArgbOutput.OutputSize(parameters);
        var output = PixelBuffer<ushort>.Rent(width, height);
        if (canvas is null)
        {
            return output;
        }

        var image = canvas.Image.Kind == PixelKind.Rgb
            ? RasterConversion.Convert(canvas.Image, DisplayRange.Default8Bit, PixelKind.Gray8)
            : canvas.Image;
        var rows = Math.Min(height, canvas.Height);
        var columns = Math.Min(width, canvas.Width);
        for (var y = 0; y < rows; y++)
        {
            image.Gray!.Row(y)[..columns].CopyTo(output.Row(y));
        }

        return output;
    }
}
