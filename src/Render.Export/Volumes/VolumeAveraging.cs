namespace Render.Export.Volumes;

/// <summary>
/// One scale level down: each voxel the mean of its fx×fy×fz source voxels as render's N5Client gets it
/// from n5-spark (N5DownsamplerSpark, bdv's Downsample): the sum times 1 / count in double, rounded half
/// up by imglib2's setReal. (mpicbg's 2×2 Downsampler of the mipmaps rounds down instead.)
/// </summary>
internal static class VolumeAveraging
{
    /// <summary>
    /// The sx×sy×sz means of a (sx·fx)×(sy·fy)×(sz·fz) source, x fastest. Rows are summed a whole row at
    /// a time (x pairs unrolled for fx = 2, the usual factor); a power-of-two count rounds in integers,
    /// which is exact there, since sum × 2⁻ⁿ + 0.5 has no rounding error in double.
    /// </summary>
    public static byte[] Mean(byte[] source, int w, int h, int sx, int sy, int sz, IReadOnlyList<int> f)
    {
        int fx = f[0], fy = f[1], fz = f[2];
        var count = fx * fy * fz;
        var target = new byte[sx * sy * sz];
        var sums = new int[sx];
        for (var z = 0; z < sz; z++)
        {
            for (var y = 0; y < sy; y++)
            {
                Array.Clear(sums);
                for (var k = 0; k < fz; k++)
                {
                    for (var j = 0; j < fy; j++)
                    {
                        var row = source.AsSpan(checked((((z * fz) + k) * h) + (y * fy) + j) * w, sx * fx);
                        AddRow(row, sums, fx);
                    }
                }

                Store(sums, target.AsSpan(((z * sy) + y) * sx, sx), count);
            }
        }

        return target;
    }

    private static void AddRow(ReadOnlySpan<byte> row, Span<int> sums, int fx)
    {
        if (fx == 2)
        {
            for (var x = 0; x < sums.Length; x++)
            {
                sums[x] += row[2 * x] + row[(2 * x) + 1];
            }

            return;
        }

        for (var x = 0; x < sums.Length; x++)
        {
            var sum = 0;
            foreach (var value in row.Slice(x * fx, fx))
            {
                sum += value;
            }

            sums[x] += sum;
        }
    }

    private static void Store(ReadOnlySpan<int> sums, Span<byte> target, int count)
    {
        if ((count & (count - 1)) == 0)
        {
            var shift = System.Numerics.BitOperations.Log2((uint)count);
            var half = count >> 1;
            for (var x = 0; x < target.Length; x++)
            {
                target[x] = (byte)((sums[x] + half) >> shift);
            }

            return;
        }

        var scale = 1.0 / count;
        for (var x = 0; x < target.Length; x++)
        {
            target[x] = (byte)(long)((sums[x] * scale) + 0.5);
        }
    }
}
