using Render.Matching.Canvases;
using Render.Model.PointMatches;
using Render.Model.Rendering;

namespace Render.Matching.Tests.Canvases;

/// <summary>render's clip offsets and clipped boxes (CanvasId.setClipOffsets, CanvasIdWithRenderContext.clipRenderParameters) and its trial clip validation.</summary>
public sealed class CanvasClipTests
{
    private static readonly RenderParameters Canvas = new(X: 10, Y: 20, Width: 1000, Height: 800, Scale: 0.5);

    [Theory]
    [InlineData(MontageRelativePosition.Left, 810.0, 20.0, 200, 800, 800.0, 0.0)]
    [InlineData(MontageRelativePosition.Right, 10.0, 20.0, 200, 800, 0.0, 0.0)]
    [InlineData(MontageRelativePosition.Top, 10.0, 520.0, 1000, 300, 0.0, 500.0)]
    [InlineData(MontageRelativePosition.Bottom, 10.0, 20.0, 1000, 300, 0.0, 0.0)]
    public void Apply_EachPosition_KeepsTheStripNextToTheNeighbour(
        MontageRelativePosition position, double x, double y, int width, int height, double offsetX, double offsetY)
    {
        var clipped = new CanvasClip(position, 200, 300).Apply(Canvas, "tile");

        Assert.Equal((x, y, width, height, 0.5), (clipped.Parameters.X, clipped.Parameters.Y, clipped.Parameters.Width, clipped.Parameters.Height, clipped.Parameters.Scale));
        Assert.Equal((offsetX, offsetY), clipped.Offsets);
    }

    [Fact]
    public void Apply_WidthOnlyForATopCanvas_ClipsNothing()
    {
        var clipped = new CanvasClip(MontageRelativePosition.Top, 200, null).Apply(Canvas, "tile");

        Assert.Same(Canvas, clipped.Parameters);
        Assert.Equal((0.0, 0.0), clipped.Offsets);
    }

    [Fact]
    public void Apply_UnknownPosition_ThrowsRendersMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new CanvasClip(null, 200, null).Apply(Canvas, "tile_7"));

        Assert.Equal("cannot set clip offsets for canvas tile_7 because relative position is unknown", error.Message);
    }

    [Theory]
    [InlineData(MontageRelativePosition.Left, MontageRelativePosition.Right, 64, null)]
    [InlineData(MontageRelativePosition.Right, MontageRelativePosition.Left, 64, null)]
    [InlineData(MontageRelativePosition.Top, MontageRelativePosition.Bottom, null, 64)]
    [InlineData(MontageRelativePosition.Bottom, MontageRelativePosition.Top, null, 64)]
    public void ForTrial_Position_ClipsWidthOrHeightAndQIsOpposite(MontageRelativePosition p, MontageRelativePosition q, int? width, int? height)
    {
        var clips = CanvasClip.ForTrial(p, 64);

        Assert.Equal(new CanvasClip(p, width, height), clips!.Value.P);
        Assert.Equal(new CanvasClip(q, width, height), clips.Value.Q);
    }

    [Theory]
    [InlineData(MontageRelativePosition.Left, null, "clipPixels must be defined when pClipPosition is defined")]
    [InlineData(null, 100, "pClipPosition must be defined when clipPixels is defined")]
    [InlineData(MontageRelativePosition.Left, 0, "clip sizes must be positive")]
    public void ForTrial_Incomplete_ThrowsRendersMessage(MontageRelativePosition? position, int? pixels, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => CanvasClip.ForTrial(position, pixels));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTrial_Neither_IsNoClip() => Assert.Null(CanvasClip.ForTrial(null, null));
}
