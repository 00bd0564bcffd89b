using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelWithBinaryMaskMapper: where the (sampled) source mask is above 0 the source overwrites the target and the target mask becomes 255.</summary>
internal readonly struct GrayBinaryMaskMapper<TSampler>(
    ushort[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, ushort[] target, byte[] targetMask) : IPixelMapper
    where TSampler : struct, ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index)
    {
        // Outside the source both reads are 0, so nothing is written.
        if (TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell) && TSampler.Gray(sourceMask, sourceWidth, cell) > 0)
        {
            target[index] = (ushort)TSampler.Gray(source, sourceWidth, cell);
            targetMask[index] = 255;
        }
    }

    /// <inheritdoc/>
    public static bool MapsFour => false;

    /// <inheritdoc/>
    public bool TryMapFour(in InverseAffineRow row, int x, int index) => false;
}
