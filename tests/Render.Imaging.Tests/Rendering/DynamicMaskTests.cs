using Render.Imaging.Rendering;

namespace Render.Imaging.Tests.Rendering;

/// <summary>render's DynamicMaskLoaderTest.</summary>
public sealed class DynamicMaskTests
{
    private const string Url = "mask://outside-box?minX=10&minY=0&maxX=56&maxY=23&width=56&height=24";

    [Fact]
    public void Create_OutsideBox_IsFullSizeWithBoxInside()
    {
        var mask = DynamicMask.Create(Url);

        Assert.Equal((56, 24), (mask.Width, mask.Height));
        Assert.Equal((0, 255, 0), (mask.Gray![9, 5], mask.Gray[10, 5], mask.Gray[10, 23]));
    }

    [Fact]
    public void Create_Level1_IsHalfSize()
    {
        var mask = DynamicMask.Create(Url + "&level=1");

        Assert.Equal((28, 12), (mask.Width, mask.Height));
    }

    [Fact]
    public void Create_UnknownShape_IsRefused() =>
        Assert.Throws<ArgumentException>(() => DynamicMask.Create("mask://inside-circle?width=3&height=3"));
}
