using Render.Imaging.Filters;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

public sealed class RollingBallSubtractionTests
{
    [Fact]
    public void Ball_RadiusOne_IsAThreeByThreeCap()
    {
        var ball = RollingBall.ForRadius(1);

        Assert.Equal((3, 1), (ball.Width, ball.ShrinkFactor));
        Assert.Equal([0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f], ball.Heights);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(30, 2)]
    [InlineData(100, 4)]
    [InlineData(250, 8)]
    public void Ball_Radius_ShrinksAsImageJ(double radius, int shrinkFactor) =>
        Assert.Equal(shrinkFactor, RollingBall.ForRadius(radius).ShrinkFactor);

    [Fact]
    public void Process_BrightPixel_KeepsItsHeightAboveTheSmoothedBackground()
    {
        var image = Images.Gray8(5, [.. Enumerable.Range(0, 25).Select(i => i == 12 ? 110 : 10)]);

        new RollingBallSubtraction(1).Process(image, DisplayRange.Default8Bit, 1);

        // The 3×3 mean (rows, then columns) makes a 3×3 plateau of (10 + 10 + 130/3)/3 = 21.1 on 10; the
        // radius-1 cap touches the plateau's centre, so the bright pixel keeps (int)(110 − 21.1 + 0.5) = 89
        // and everything else, at or below the background, becomes 0.
        Assert.Equal([.. Enumerable.Range(0, 25).Select(i => i == 12 ? 89 : 0)], Images.Values(image));
    }

    [Fact]
    public void Process_FlatImageThroughTheShrunkPath_IsZero()
    {
        var image = Images.Gray16(20, [.. Enumerable.Repeat(1000, 400)]);

        new RollingBallSubtraction(40).Process(image, new DisplayRange(0, 4095), 1);

        Assert.All(Images.Values(image), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Process_ImageSmallerThanOneShrunkPixel_IsFiltered()
    {
        // ImageJ would read before its interpolation arrays here; a single shrunk pixel is used alone.
        var image = Images.Gray8(3, 50, 50, 50, 50, 90, 50, 50, 50, 50);

        new RollingBallSubtraction(40).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal(0, image.Gray![0, 0]);
    }

    [Fact]
    public void Process_Rgb_SubtractsEachChannel()
    {
        int[] pixels = [.. Enumerable.Range(0, 25).Select(i => unchecked((int)0xff000000) | ((i == 12 ? 110 : 10) << 16) | (100 << 8) | 5)];
        var image = Images.Rgb(5, pixels);

        new RollingBallSubtraction(1).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal(unchecked((int)0xff590000), image.Rgb![2, 2]);
        Assert.Equal(unchecked((int)0xff000000), image.Rgb[0, 0]);
    }
}
