using Render.Export.Volumes;

namespace Render.Export.Tests.Volumes;

/// <summary>The averaging of the scale levels against bdv's Downsample written plainly (sum × 1 / count in double, round half up).</summary>
public sealed class VolumeAveragingTests
{
    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(2, 2, 2)]
    [InlineData(1, 1, 2)]
    [InlineData(3, 3, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(4, 4, 4)]
    public void Mean_RandomVoxels_AsBdvsDownsample(int fx, int fy, int fz)
    {
        const int sx = 13, sy = 7, sz = 3;
        int w = sx * fx, h = sy * fy, d = sz * fz;
        var source = new byte[w * h * d];
        new Random(fx + (10 * fy) + (100 * fz)).NextBytes(source);

        var actual = VolumeAveraging.Mean(source, w, h, sx, sy, sz, [fx, fy, fz]);

        var scale = 1.0 / (fx * fy * fz);
        for (var z = 0; z < sz; z++)
        {
            for (var y = 0; y < sy; y++)
            {
                for (var x = 0; x < sx; x++)
                {
                    double sum = 0;
                    for (var k = 0; k < fz; k++)
                    {
                        for (var j = 0; j < fy; j++)
                        {
                            for (var i = 0; i < fx; i++)
                            {
                                sum += source[(((((z * fz) + k) * h) + (y * fy) + j) * w) + (x * fx) + i];
                            }
                        }
                    }

                    Assert.Equal((byte)(long)((sum * scale) + 0.5), actual[(((z * sy) + y) * sx) + x]);
                }
            }
        }
    }

    [Fact]
    public void Mean_HalfWayBetweenTwoValues_RoundsUp() =>
        Assert.Equal([2], VolumeAveraging.Mean([1, 2, 2, 1], 2, 2, 1, 1, 1, [2, 2, 1]));
}
