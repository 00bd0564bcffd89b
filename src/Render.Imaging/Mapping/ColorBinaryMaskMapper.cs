using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelWithBinaryMaskMapper for RGB images.</summary>
internal readonly struct ColorBinaryMaskMapper<TSampler>(
    int[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, int[] target, byte[] targetMask) : IPixelMapper
    where TSampler : struct, ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index)
    {
        if (TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell) && TSampler.Gray(sourceMask, sourceWidth, cell) > 0)
        {
            target[index] = TSampler.Color(source, sourceWidth, cell);
            targetMask[index] = 255;
        }
    }

    /// <inheritdoc/>
    public static bool MapsFour => false;

    /// <inheritdoc/>
    public bool TryMapFour(in InverseAffineRow row, int x, int index) => false;
}
