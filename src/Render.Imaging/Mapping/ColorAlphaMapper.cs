using System.Runtime.CompilerServices;
using Render.Imaging.Sampling;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's SingleColorChannelWithAlphaMapper: R, G and B blended by the source mask as the grey
/// rule, each rounded with <c>(int)(v + 0.5)</c>; the packed result has alpha bits 0 and the mask
/// is truncated, as render stores them.
/// </summary>
internal readonly struct ColorAlphaMapper<TSampler>(
    int[] source, ushort[] sourceMask, int sourceWidth, int sourceHeight, int[] target, byte[] targetMask) : IPixelMapper
    where TSampler : struct, ISampler
{
    private const double MaxMask = 255.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Map(double sx, double sy, int index)
    {
        // Outside the source ImageJ reads 0 for both, and the blend below still runs with those zeros.
        var sourceIntensity = 0;
        var sourceAlpha = 0.0;
        if (TSampler.TryLocate(sourceWidth, sourceHeight, sx, sy, out var cell))
        {
            sourceIntensity = TSampler.Color(source, sourceWidth, cell);
            sourceAlpha = TSampler.Gray(sourceMask, sourceWidth, cell) / MaxMask;
        }

        var targetIntensity = target[index];
        int blended;
        double alpha;
        if (targetIntensity == 0)
        {
            blended = Pack(
                (int)((((sourceIntensity >> 16) & 0xff) * sourceAlpha) + 0.5),
                (int)((((sourceIntensity >> 8) & 0xff) * sourceAlpha) + 0.5),
                (int)(((sourceIntensity & 0xff) * sourceAlpha) + 0.5));
            alpha = sourceAlpha;
        }
        else
        {
            var targetAlpha = targetMask[index] / MaxMask * (1 - sourceAlpha);
            alpha = sourceAlpha + targetAlpha;
            blended = alpha == 0
                ? 0
                : Pack(
                    Blend((sourceIntensity >> 16) & 0xff, sourceAlpha, (targetIntensity >> 16) & 0xff, targetAlpha, alpha),
                    Blend((sourceIntensity >> 8) & 0xff, sourceAlpha, (targetIntensity >> 8) & 0xff, targetAlpha, alpha),
                    Blend(sourceIntensity & 0xff, sourceAlpha, targetIntensity & 0xff, targetAlpha, alpha));
        }

        target[index] = blended;
        targetMask[index] = (byte)(int)(alpha * MaxMask);
    }

    private static int Blend(int source, double sourceAlpha, int target, double targetAlpha, double alpha) =>
        (int)((((source * sourceAlpha) + (target * targetAlpha)) / alpha) + 0.5);

    private static int Pack(int r, int g, int b) => (r << 16) + (g << 8) + b;

    /// <inheritdoc/>
    public static bool MapsFour => false;

    /// <inheritdoc/>
    public bool TryMapFour(in InverseAffineRow row, int x, int index) => false;
}
