using Render.Imaging.Mapping;
using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Pixels;

/// <summary>ImageJ's pixel rules the renderer depends on.</summary>
public sealed class PixelOperationsTests
{
    [Fact]
    public void Downsample_OddSize_FloorsSizeAndMeans()
    {
        var source = Raster.OfGray(PixelBuffer<ushort>.Wrap(3, 2, [1, 2, 9, 4, 4, 9]), sixteenBit: false);

        var level = Downsampler.Downsample(source);

        Assert.Equal((1, 1, (ushort)2), (level.Width, level.Height, level.Gray![0, 0]));
    }

    [Fact]
    public void EightBitLookup_DefaultByteRange_IsIdentity()
    {
        var lut = DisplayRange.Default8Bit.EightBitLookup(PixelKind.Gray8, () => (0, 255));

        Assert.Equal(Enumerable.Range(0, 256).Select(i => (byte)i), lut);
    }

    [Theory]
    [InlineData(819, 0)]
    [InlineData(2993, 255)]
    [InlineData(1906, 128)]
    public void EightBitLookup_ShortRange_ScalesAsShortProcessor(int value, int expected)
    {
        var lut = new DisplayRange(819, 2993).EightBitLookup(PixelKind.Gray16, () => (0, 0));

        Assert.Equal(expected, lut[value]);
    }

    [Theory]
    [InlineData(2.0, 2.0, true)]
    [InlineData(9.0, 0.5, true)]
    [InlineData(-0.1, 0.0, false)]
    [InlineData(5.0, 5.1, false)]
    public void IsInTriangle_InteriorOrOutside_IsTheSameForEitherOrientation(double x, double y, bool inside)
    {
        Assert.Equal(inside, MeshMapping.IsInTriangle(0, 0, 10, 0, 0, 10, x, y));
        Assert.Equal(inside, MeshMapping.IsInTriangle(0, 0, 0, 10, 10, 0, x, y));
    }

    [Fact]
    public void IsInTriangle_PointOnAnEdge_DependsOnVertexOrder()
    {
        // render's test counts a zero cross product as non-negative, so edges belong to one orientation only.
        Assert.True(MeshMapping.IsInTriangle(0, 0, 10, 0, 0, 10, 5, 5));
        Assert.False(MeshMapping.IsInTriangle(0, 0, 0, 10, 10, 0, 5, 5));
    }
}
