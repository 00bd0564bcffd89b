namespace Render.Export.Volumes;

/// <summary>One scale level down: each voxel the mean of its fx×fy×fz source voxels, rounded down as render's 2×2 Downsampler does.</summary>
internal static class VolumeAveraging
{
    public static byte[] Mean(byte[] source, int w, int h, int sx, int sy, int sz, IReadOnlyList<int> f)
    {
        var target = new byte[sx * sy * sz];
        var count = f[0] * f[1] * f[2];
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

                    target[(((z * sy) + y) * sx) + x] = (byte)(sum / count);
                }
            }
        }

        return target;
    }
}
