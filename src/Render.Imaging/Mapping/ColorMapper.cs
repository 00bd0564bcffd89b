using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelMapper for RGB images: the sampled packed value overwrites the target.</summary>
internal readonly struct ColorMapper<TSampler>(int[] source, int sourceWidth, int sourceHeight, int[] target, int targetWidth) : IPixelMapper
    where TSampler : struct, IColorSampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int tx, int ty) =>
        target[(ty * targetWidth) + tx] = TSampler.Sample(source, sourceWidth, sourceHeight, sx, sy);
}
