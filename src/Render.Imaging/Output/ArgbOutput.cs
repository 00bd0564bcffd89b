using Render.Geometry.Numerics;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Imaging.Output;

/// <summary>
/// render's ARGB result (ArgbRenderer.targetToARGBImage, then Renderer.renderToBufferedImage): the
/// canvas through its display range to grey or RGB, alpha from the mask, drawn with Java2D SrcOver
/// onto an output of <c>(int)(size·scale)</c> pixels that is transparent, or filled with the
/// background colour.
/// </summary>
public static class ArgbOutput
{
    /// <summary>The output size render computes (truncated, unlike the canvas's rounded size).</summary>
    public static (int Width, int Height) OutputSize(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return (JavaMath.ToInt(parameters.Scale * parameters.Width), JavaMath.ToInt(parameters.Scale * parameters.Height));
    }

    /// <summary>The packed 0xAARRGGBB output (pooled: dispose it). <paramref name="canvas"/> null gives a transparent image.</summary>
    public static PixelBuffer<int> Create(Canvas? canvas, RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (width, height) = OutputSize(parameters);
        var output = PixelBuffer<int>.Rent(width, height);
        if (canvas is null)
        {
            return output;
        }

        if (parameters.BackgroundRGBColor is { } background)
        {
            output.Pixels.Fill(unchecked((int)0xff000000) | background);
        }
        else if (parameters.FillWithNoise)
        {
            FillWithNoise(output);
        }

        var lut = canvas.Image.Kind == PixelKind.Rgb ? null : canvas.Range.EightBitLookup(canvas.Image.Kind, () => RasterConversion.DataRange(canvas.Image));
        var rows = Math.Min(height, canvas.Height);
        var columns = Math.Min(width, canvas.Width);
        Parallel.For(0, rows, y =>
        {
            var row = output.Row(y);
            for (var x = 0; x < columns; x++)
            {
                row[x] = SourceOver(CanvasPixel(canvas, lut, parameters.BinaryMask, x, y), row[x]);
            }
        });
        return output;
    }

    /// <summary>One canvas pixel as render's ARGB: grey through the LUT (opaque) or the RGB value, alpha cut by the mask.</summary>
    private static int CanvasPixel(Canvas canvas, byte[]? lut, bool binaryMask, int x, int y)
    {
        var index = (y * canvas.Width) + x;
        var pixel = lut is null
            ? canvas.Image.Rgb!.Array[index]
            : unchecked((int)0xff000000) | (lut[canvas.Image.Gray!.Array[index]] * 0x010101);
        if (canvas.Mask is not { } mask)
        {
            return pixel;
        }

        var alpha = mask.Array[index];
        return binaryMask
            ? (alpha == 255 ? pixel : pixel & 0x00ffffff)
            : pixel & (0x00ffffff | (alpha << 24));
    }

    /// <summary>Java2D SrcOver of a non-premultiplied ARGB pixel onto another, with its 8-bit tables.</summary>
    internal static int SourceOver(int source, int destination)
    {
        var sourceAlpha = (source >> 24) & 0xff;
        if (sourceAlpha == 255)
        {
            return source;
        }

        if (sourceAlpha == 0)
        {
            return destination;
        }

        var destinationFactor = AlphaTables.Mul8(255 - sourceAlpha, (destination >> 24) & 0xff);
        var alpha = sourceAlpha + destinationFactor;
        var r = Channel(source >> 16, destination >> 16, sourceAlpha, destinationFactor, alpha);
        var g = Channel(source >> 8, destination >> 8, sourceAlpha, destinationFactor, alpha);
        var b = Channel(source, destination, sourceAlpha, destinationFactor, alpha);
        return (alpha << 24) | (r << 16) | (g << 8) | b;
    }

    private static int Channel(int source, int destination, int sourceAlpha, int destinationFactor, int alpha)
    {
        var value = AlphaTables.Mul8(sourceAlpha, source & 0xff) + AlphaTables.Mul8(destinationFactor, destination & 0xff);
        return alpha is > 0 and < 255 ? AlphaTables.Div8(alpha, value) : value;
    }

    /// <summary>render's fillWithNoise: random opaque grey (not reproducible in render either).</summary>
    private static void FillWithNoise(PixelBuffer<int> output)
    {
        var pixels = output.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = unchecked((int)0xff000000) | (Random.Shared.Next(256) * 0x010101);
        }
    }
}
