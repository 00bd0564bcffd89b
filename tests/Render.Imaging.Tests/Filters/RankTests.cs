using Render.Imaging.Filters;
using Render.Imaging.Pixels;
using Render.Model;

namespace Render.Imaging.Tests.Filters;

public sealed class RankTests
{
    /// <summary>ImageJ's kernels ("Show Circular Masks"): radius 0.5 is a cross, 1 a 3×3 square, 1.5 (widened to 1.75) 13 pixels, 2 a 5×5 without corners.</summary>
    [Theory]
    [InlineData(0.5, 1, 5)]
    [InlineData(1, 1, 9)]
    [InlineData(1.5, 2, 13)]
    [InlineData(2, 2, 21)]
    [InlineData(3, 3, 37)]
    public void Kernel_ForRadius_HasImageJsSize(double radius, int kernelRadius, int points)
    {
        var kernel = RankKernel.ForRadius(radius);

        Assert.Equal((kernelRadius, points), (kernel.Radius, kernel.PointCount));
    }

    [Fact]
    public void Process_MedianRadiusOne_IsTheMedianOfEachPaddedNeighbourhood()
    {
        var image = Images.Gray8(3, 10, 200, 30, 40, 50, 60, 70, 80, 90);

        new Rank(1, RankFilterType.Median).Process(image, DisplayRange.Default8Bit, 1);

        // Centre: median of all nine. Corner (0, 0): edge padding gives {10, 10, 200, 10, 10, 200, 40, 40, 50}.
        Assert.Equal(60, image.Gray![1, 1]);
        Assert.Equal(40, image.Gray[0, 0]);
        Assert.Equal([40, 40, 50, 50, 60, 60, 70, 70, 80], Images.Values(image));
    }

    [Fact]
    public void Process_MinAndMax_AreTheNeighbourhoodExtremes()
    {
        var min = Images.Gray8(4, 5, 5, 5, 5, 5, 0, 5, 5, 5, 5, 5, 9);
        var max = Images.Gray8(4, 5, 5, 5, 5, 5, 0, 5, 5, 5, 5, 5, 9);

        new Rank(1, RankFilterType.Min).Process(min, DisplayRange.Default8Bit, 1);
        new Rank(1, RankFilterType.Max).Process(max, DisplayRange.Default8Bit, 1);

        Assert.Equal([0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5], Images.Values(min));
        Assert.Equal([5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 9, 9], Images.Values(max));
    }

    [Fact]
    public void Process_MeanAndVariance_RoundHalfUp()
    {
        var mean = Images.Gray8(3, 0, 1, 2, 3, 4, 5, 6, 7, 9);
        var variance = Images.Gray8(3, 0, 1, 2, 3, 4, 5, 6, 7, 8);

        new Rank(1, RankFilterType.Mean).Process(mean, DisplayRange.Default8Bit, 1);
        new Rank(1, RankFilterType.Variance).Process(variance, DisplayRange.Default8Bit, 1);

        // Centre mean 37/9 = 4.11 → 4; variance of 0..8 is (204 − 36²/9)/9 = 6.67 → 7.
        Assert.Equal(4, mean.Gray![1, 1]);
        Assert.Equal(7, variance.Gray![1, 1]);
    }

    [Fact]
    public void Process_RadiusScaledByMipmapScale()
    {
        var image = Images.Gray8(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        // Radius 2 at scale 0.2 rounds to 0: ImageJ's radius-0 kernel is a five-pixel cross.
        new Rank(2, RankFilterType.Max).Process(image, DisplayRange.Default8Bit, 0.2);

        Assert.Equal((9, 9, 0), (image.Gray![2, 1], image.Gray[1, 2], image.Gray[1, 1]));
    }

    [Fact]
    public void Process_Rgb_FiltersEachChannel()
    {
        var image = Images.Rgb(3, 0x010203, 0x0a0b0c, 0x000000);

        new Rank(1, RankFilterType.Max).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal([0x0a0b0c, 0x0a0b0c, 0x0a0b0c], image.Rgb!.Pixels.ToArray());
    }

    [Fact]
    public void Constructor_FilterTypeOutsideRendersRange_IsRefused()
    {
        var exception = Assert.Throws<RenderInputException>(() => new Rank(2, (RankFilterType)5));

        Assert.Contains("between 0 and 4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RadiusBeyondTheLimit_IsRefusedNotOverflowed() =>
        Assert.Throws<RenderInputException>(() => new Rank(1e9, RankFilterType.Mean).Process(Images.Gray8(1, 0), DisplayRange.Default8Bit, 1));
}
