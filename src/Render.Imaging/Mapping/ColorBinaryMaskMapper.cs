using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>render's SingleChannelWithBinaryMaskMapper for RGB images.</summary>
internal readonly struct ColorBinaryMaskMapper<TGray, TColor>(
    int[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, int[] target, byte[] targetMask, int targetWidth) : IPixelMapper
    where TGray : struct, IGraySampler
    where TColor : struct, IColorSampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int tx, int ty)
    {
        if (TGray.Sample(sourceMask, sourceWidth, sourceHeight, sx, sy) > 0)
        {
            var index = (ty * targetWidth) + tx;
            target[index] = TColor.Sample(source, sourceWidth, sourceHeight, sx, sy);
            targetMask[index] = 255;
        }
    }
}
