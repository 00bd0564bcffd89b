using Render.Export.Rendering;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Export.Tests.Boxes;

/// <summary>The one-pass grey box against what it replaces: render's ARGB output drawn onto grey.</summary>
public sealed class GrayBoxOutputTests
{
    [Theory]
    [InlineData(PixelKind.Gray8, false, false)]
    [InlineData(PixelKind.Gray8, true, false)]
    [InlineData(PixelKind.Gray8, true, true)]
    [InlineData(PixelKind.Gray16, true, false)]
    public void Create_GreyCanvas_EqualsTheArgbOutputOnGrey(PixelKind kind, bool withMask, bool binaryMask)
    {
        using var canvas = Canvas.Create(kind, 120, 90, withMask);
        var random = new Random(3);
        for (var y = 0; y < canvas.Height; y++)
        {
            for (var x = 0; x < canvas.Width; x++)
            {
                canvas.Image.Gray![x, y] = (ushort)random.Next(kind == PixelKind.Gray16 ? 400 : 256);
                if (canvas.Mask is { } mask)
                {
                    // Every alpha, with many fully opaque and fully clear pixels.
                    mask[x, y] = (byte)Math.Clamp(random.Next(-60, 316), 0, 255);
                }
            }
        }

        // An output wider than the canvas and shorter: the columns past it stay black.
        var parameters = new RenderParameters(Width: 130, Height: 80, Scale: 1, BinaryMask: binaryMask);

        using var gray = GrayBoxOutput.Create(canvas, parameters);

        Assert.True(GrayBoxOutput.IsDirect(canvas, parameters));
        using var argb = ArgbOutput.Create(canvas, parameters);
        Assert.Equal(OpaquePixels.ToGray(argb), gray.Pixels.ToArray());
    }

    [Fact]
    public void Create_BackgroundColour_GoesThroughTheArgbOutput()
    {
        using var canvas = Canvas.Create(PixelKind.Gray8, 40, 30, withMask: true);
        canvas.Image.Gray!.Pixels.Fill(90);
        canvas.Mask!.Pixels[..600].Fill(255);
        var parameters = new RenderParameters(Width: 40, Height: 30, Scale: 1, BackgroundRGBColor: 0x336699);

        using var gray = GrayBoxOutput.Create(canvas, parameters);

        Assert.False(GrayBoxOutput.IsDirect(canvas, parameters));
        using var argb = ArgbOutput.Create(canvas, parameters);
        Assert.Equal(OpaquePixels.ToGray(argb), gray.Pixels.ToArray());
        Assert.NotEqual(0, gray.Pixels[^1]);
    }

    [Fact]
    public void Create_NoCanvas_IsBlack()
    {
        using var gray = GrayBoxOutput.Create(null, new RenderParameters(Width: 16, Height: 8, Scale: 0.5));

        Assert.Equal((8, 4), (gray.Width, gray.Height));
        Assert.All(gray.Pixels.ToArray(), v => Assert.Equal(0, v));
    }
}
