using Render.Imaging.Filters;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

public sealed class EqualizeHistogramTests
{
    [Fact]
    public void Process_Gray8_UsesSquareRootWeightedCumulativeHistogram()
    {
        var image = Images.Gray8(2, 0, 0, 100, 255);

        new EqualizeHistogram().Process(image, DisplayRange.Default8Bit, 1);

        // Weights √2, 1, 1 (counts below 2 are not rooted); total √2 + 2·1 + 1; 100 maps to (√2 + 1)·255/(3 + √2) = 139.46 → 139.
        Assert.Equal([0, 0, 139, 255], Images.Values(image));
    }

    [Fact]
    public void Table_EmptyBinsBetween_MapToTheRunningShare()
    {
        var histogram = new int[256];
        histogram[0] = 2;
        histogram[100] = 1;
        histogram[255] = 1;

        var lut = EqualizeHistogram.Table(histogram, 255);

        Assert.Equal((0, 82, 139, 197, 255), (lut[0], lut[50], lut[100], lut[200], lut[255]));
    }

    [Fact]
    public void Process_Gray16_UsesTheSixteenBitRange()
    {
        var image = Images.Gray16(2, 1000, 2000);

        new EqualizeHistogram().Process(image, new DisplayRange(0, 4095), 1);

        // Weights 1 and 1 out of 2·1 + 2·1 = 4: 1000 → 1·65535/4, 2000 → 3·65535/4.
        Assert.Equal([16384, 49151], Images.Values(image));
    }
}
