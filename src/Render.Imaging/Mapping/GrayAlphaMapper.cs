using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's SingleChannelWithAlphaMapper: the source is blended over the target by the source mask.
/// A target intensity of exactly 0 counts as empty, whatever its alpha (render's rule). Results are
/// stored with ImageJ's rounding <c>setf</c>.
/// </summary>
internal readonly struct GrayAlphaMapper<TSampler>(
    ushort[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, ushort[] target, byte[] targetMask, int targetWidth) : IPixelMapper
    where TSampler : struct, IGraySampler
{
    // Both masks are 8-bit, so ImageJ's getMax() of each is 255.
    private const double MaxMask = 255.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int tx, int ty)
    {
        double sourceIntensity = TSampler.Sample(source, sourceWidth, sourceHeight, sx, sy);
        var sourceAlpha = TSampler.Sample(sourceMask, sourceWidth, sourceHeight, sx, sy) / MaxMask;
        var index = (ty * targetWidth) + tx;
        double targetIntensity = target[index];
        double intensity, alpha;
        if (targetIntensity == 0)
        {
            intensity = sourceIntensity * sourceAlpha;
            alpha = sourceAlpha;
        }
        else
        {
            var targetAlpha = targetMask[index] / MaxMask;
            alpha = sourceAlpha + (targetAlpha * (1 - sourceAlpha));
            intensity = alpha == 0 ? 0 : ((sourceIntensity * sourceAlpha) + (targetIntensity * targetAlpha * (1 - sourceAlpha))) / alpha;
        }

        target[index] = (ushort)JavaRound.SetF((float)intensity);
        targetMask[index] = (byte)JavaRound.SetF((float)(alpha * MaxMask));
    }
}
