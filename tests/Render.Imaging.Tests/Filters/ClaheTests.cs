using Render.Imaging.Filters;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

public sealed class ClaheTests
{
    [Fact]
    public void Clip_CountsAboveLimit_AreHandedOutAsMpicbgDoes()
    {
        int[] clipped = new int[4];

        // 3 cut from bin 0, then (as mpicbg steps by (4 − 1)/3 = 1 from 0) every bin gets one; then 1 cut, given to bin 1.
        ClaheTransfer.Clip([5, 0, 0, 1], clipped, 2);

        Assert.Equal([2, 2, 1, 2], clipped);
    }

    [Fact]
    public void Process_FlatThreeValues_IsTheSlidingBlockEqualisation()
    {
        var image = Images.Gray8(3, 0, 64, 255);

        // Blocks {0, 64}, {0, 64, 255}, {64, 255}: the middle value is half-way through its block's distribution.
        new Clahe(fast: false, blockRadius: 1, bins: 255, slope: 100).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal([0, 128, 255], Images.Values(image));
    }

    [Fact]
    public void Process_SixteenBit_ScalesEachPixelByEqualisedOverOriginalAroundTheMinimum()
    {
        // Through the display range 10..265 the 8-bit copy is 0, 64, 255 and equalises to 0, 128, 255:
        // the middle pixel becomes 2·(74 − 10) + 10 = 138; a zero 8-bit value keeps its pixel.
        var image = Images.Gray16(3, 10, 74, 265);

        new Clahe(fast: false, blockRadius: 1, bins: 255, slope: 100).Process(image, new DisplayRange(10, 265), 1);

        Assert.Equal([10, 138, 265], Images.Values(image));
    }

    [Fact]
    public void Process_FastOnUniformImage_IsTheClippedTransferExceptTheUnvisitedLastRowAndColumn()
    {
        // 3×3 blocks give a limit of (int)(2.5·9/256 + 0.5) = 0: the 9 counts of bin 100 are cut and
        // handed to bins 14, 42, ..., 238 (step 256/9 = 28 from 14), again each pass. Bin 100 then sits
        // after 4 of those 9: (4 − 1)/(9 − 1)·255 = 95.6 → 96.
        var image = Images.Gray8(5, [.. Enumerable.Repeat(100, 25)]);

        new Clahe(fast: true, blockRadius: 1, bins: 256, slope: 2.5f).Process(image, DisplayRange.Default8Bit, 1);

        var values = Images.Values(image);
        Assert.All(Enumerable.Range(0, 25).Where(i => i % 5 < 4 && i / 5 < 4), i => Assert.Equal(96, values[i]));
        Assert.All(Enumerable.Range(0, 25).Where(i => i % 5 == 4 || i / 5 == 4), i => Assert.Equal(100, values[i]));
    }

    [Fact]
    public void Process_BlockRadius_IsScaledByTheMipmapScale()
    {
        var full = Images.Gray8(3, 0, 64, 255);
        var scaled = Images.Gray8(3, 0, 64, 255);

        new Clahe(fast: false, blockRadius: 1, bins: 255, slope: 100).Process(full, DisplayRange.Default8Bit, 1);
        new Clahe(fast: false, blockRadius: 4, bins: 255, slope: 100).Process(scaled, DisplayRange.Default8Bit, 0.25);

        Assert.Equal(Images.Values(full), Images.Values(scaled));
    }

    [Fact]
    public void Process_FastOnImageSmallerThanABlock_DoesNotReachOutside()
    {
        // mpicbg indexes outside such an image; the pixels inside are still equalised.
        var image = Images.Ramp(6, 4);

        new Clahe(fast: true, blockRadius: 10, bins: 256, slope: 2.5f).Process(image, DisplayRange.Default8Bit, 1);

        Assert.NotEqual(Images.Values(Images.Ramp(6, 4)), Images.Values(image));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public void Constructor_BinsOutOfRange_AreRefused(int bins) =>
        Assert.Throws<Model.RenderInputException>(() => new Clahe(fast: true, blockRadius: 10, bins: bins, slope: 2.5f));
}
