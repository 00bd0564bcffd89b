using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelWithBinaryMaskMapper: where the (sampled) source mask is above 0 the source overwrites the target and the target mask becomes 255.</summary>
internal readonly struct GrayBinaryMaskMapper<TSampler>(
    ushort[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, ushort[] target, byte[] targetMask, int targetWidth) : IPixelMapper
    where TSampler : struct, IGraySampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int tx, int ty)
    {
        if (TSampler.Sample(sourceMask, sourceWidth, sourceHeight, sx, sy) > 0)
        {
            var index = (ty * targetWidth) + tx;
            target[index] = (ushort)TSampler.Sample(source, sourceWidth, sourceHeight, sx, sy);
            targetMask[index] = 255;
        }
    }
}
