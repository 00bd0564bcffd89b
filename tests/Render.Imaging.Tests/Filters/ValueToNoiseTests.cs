using Render.Imaging.Filters;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

public sealed class ValueToNoiseTests
{
    [Fact]
    public void Process_Gray8_ReplacesExactlyTheValueWithinMinAndMax()
    {
        var image = Images.Gray8(4, 0, 7, 0, 255, 1, 0, 254, 0, 0, 0, 3, 0, 255, 0, 0, 9);
        var before = Images.Values(image);

        new ValueToNoise(0, 64, 191, new Random(1)).Process(image, DisplayRange.Default8Bit, 1);

        var after = Images.Values(image);
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == 0)
            {
                Assert.InRange(after[i], 64, 191);
            }
            else
            {
                Assert.Equal(before[i], after[i]);
            }
        }
    }

    [Fact]
    public void Process_SeededGenerator_DrawsOnePerReplacedPixelInOrder()
    {
        var image = Images.Gray8(3, 5, 255, 255, 1, 255, 2);
        var expected = new Random(42);

        new ValueToNoise(255, 10, 20, new Random(42)).Process(image, DisplayRange.Default8Bit, 1);

        int[] draws = [expected.Next(11) + 10, expected.Next(11) + 10, expected.Next(11) + 10];
        Assert.Equal([5, draws[0], draws[1], 1, draws[2], 2], Images.Values(image));
    }

    [Fact]
    public void Process_Gray16_ComparesAndWritesSixteenBitValues()
    {
        var image = Images.Gray16(2, 300, 301, 300, 0);

        new ValueToNoise(300, 1000, 1000, new Random(3)).Process(image, new DisplayRange(0, 4095), 1);

        Assert.Equal([1000, 301, 1000, 0], Images.Values(image));
    }

    [Fact]
    public void Process_Rgb_ComparesTheColourAndDrawsEachChannel()
    {
        var black = unchecked((int)0xff000000);
        var image = Images.Rgb(2, black, 0x00010203);

        new ValueToNoise(0, 100, 100, new Random(4)).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal([unchecked((int)0xff646464), 0x00010203], image.Rgb!.Pixels.ToArray());
    }

    [Theory]
    [InlineData(0.4, 0)]
    [InlineData(254.5, 255)]
    public void Process_FractionalValue_IsRoundedAsJavaDoes(double value, int replaced)
    {
        var image = Images.Gray8(2, replaced, 128);

        new ValueToNoise(value, 7, 7, new Random(5)).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal([7, 128], Images.Values(image));
    }

    [Fact]
    public void Process_MaxBelowMin_LeavesTheImage()
    {
        // java.util.Random refuses a bound below 1 and render swallows the exception.
        var image = Images.Gray8(2, 0, 0);

        new ValueToNoise(0, 10, 5, new Random(6)).Process(image, DisplayRange.Default8Bit, 1);

        Assert.Equal([0, 0], Images.Values(image));
    }
}
