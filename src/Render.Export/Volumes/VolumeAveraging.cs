namespace Render.Export.Volumes;

/// <summary>
/// One scale level down: each voxel the mean of its fx×fy×fz source voxels as render's N5Client gets it
/// from n5-spark (N5DownsamplerSpark, bdv's Downsample): the sum times 1 / count in double, rounded half
/// up by imglib2's setReal. (mpicbg's 2×2 Downsampler of the mipmaps rounds down instead.)
/// </summary>
internal static class VolumeAveraging
{
    public static byte[] Mean(byte[] source, int w, int h, int sx, int sy, int sz, IReadOnlyList<int> f)
    {
        var target = new byte[sx * sy * sz];
        var scale = 1.0 / (f[0] * f[1] * f[2]);
        for (var z = 0; z < sz; z++)
        {
            for (var y = 0; y < sy; y++)
            {
                for (var x = 0; x < sx; x++)
                {
                    var sum = 0;
                    for (var k = 0; k < f[2]; k++)
                    {
                        for (var j = 0; j < f[1]; j++)
                        {
                            var row = ((((long)(z * f[2]) + k) * h) + (y * f[1]) + j) * w;
                            for (var i = 0; i < f[0]; i++)
                            {
                                sum += source[row + (x * f[0]) + i];
                            }
                        }
                    }

                    target[(((z * sy) + y) * sx) + x] = (byte)(long)((sum * scale) + 0.5);
                }
            }
        }

        return target;
    }
}
