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

    /// <inheritdoc/>
    public static bool MapsFour => typeof(TSampler) == typeof(Bilinear) && BilinearGrayVectors.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryMapFour(in InverseAffineRow row, int x, int index)
    {
        if (!MapsFour || !BilinearGrayVectors.TryLocate(sourceWidth, sourceHeight, row, x, out var cells))
        {
            return false;
        }

        FourPixels.Store(BilinearGrayVectors.Read(source, sourceWidth, cells), target, index);
        return true;
    }
}
