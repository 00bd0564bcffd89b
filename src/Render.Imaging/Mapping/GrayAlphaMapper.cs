using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's SingleChannelWithAlphaMapper: the source is blended over the target by the source mask.
/// A target intensity of exactly 0 counts as empty, whatever its alpha (render's rule). Results are
/// stored with ImageJ's rounding <c>setf</c>.
/// </summary>
internal readonly struct GrayAlphaMapper<TSampler>(
    ushort[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, ushort[] target, byte[] targetMask) : IPixelMapper
    where TSampler : struct, ISampler
{
    // Both masks are 8-bit, so ImageJ's getMax() of each is 255.
    private const double MaxMask = 255.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index)
    {
        // Outside the source ImageJ reads 0 for both, and the blend below still runs with those zeros.
        double sourceIntensity = 0, sourceAlpha = 0;
        if (TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell))
        {
            sourceIntensity = TSampler.Gray(source, sourceWidth, cell);
            sourceAlpha = TSampler.Gray(sourceMask, sourceWidth, cell) / MaxMask;
        }

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

    /// <inheritdoc/>
    public int MapVectors(in InverseAffineRow row, int start, int end, int rowStart) => start;
}
