using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelMapper for RGB images: the sampled packed value overwrites the target.</summary>
internal readonly struct ColorMapper<TSampler>(int[] source, int sourceWidth, int sourceHeight, int[] target) : IPixelMapper
    where TSampler : struct, ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index) =>
        target[index] = TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell)
            ? TSampler.Color(source, sourceWidth, cell)
            : 0;

    /// <inheritdoc/>
    public static bool MapsFour => false;

    /// <inheritdoc/>
    public bool TryMapFour(in InverseAffineRow row, int x, int index) => false;
}
