using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelMapper for grey images: the sampled value overwrites the target (later tiles win).</summary>
internal readonly struct GrayMapper<TSampler>(ushort[] source, int sourceWidth, int sourceHeight, ushort[] target, int targetWidth) : IPixelMapper
    where TSampler : struct, IGraySampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int tx, int ty) =>
        target[(ty * targetWidth) + tx] = (ushort)TSampler.Sample(source, sourceWidth, sourceHeight, sx, sy);
}
