using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelMapper for grey images: the sampled value overwrites the target (later tiles win).</summary>
internal readonly struct GrayMapper<TSampler>(ushort[] source, int sourceWidth, int sourceHeight, ushort[] target) : IPixelMapper
    where TSampler : struct, ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index) =>
        target[index] = TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell)
            ? (ushort)TSampler.Gray(source, sourceWidth, cell)
            : (ushort)0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MapVectors(in InverseAffineRow row, int start, int end, int rowStart)
    {
        if (typeof(TSampler) != typeof(Bilinear) || !BilinearGrayVectors.IsSupported)
        {
            return start;
        }

        var x = start;
        for (; x + 3 <= end; x += 4)
        {
            if (BilinearGrayVectors.TryLocate(sourceWidth, sourceHeight, row, x, out var cells))
            {
                BilinearGrayVectors.Store(BilinearGrayVectors.Read(source, sourceWidth, cells), target, rowStart + x);
            }
            else
            {
                MapEach(row, x, x + 3, rowStart);
            }
        }

        return x;
    }

    private void MapEach(in InverseAffineRow row, int start, int end, int rowStart)
    {
        for (var x = start; x <= end; x++)
        {
            Map(row.SourceX(x), row.SourceY(x), rowStart + x);
        }
    }
}
