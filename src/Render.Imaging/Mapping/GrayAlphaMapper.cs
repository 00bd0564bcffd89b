using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
    public static bool MapsFour => typeof(TSampler) == typeof(Bilinear) && BilinearGrayVectors.IsSupported;

    /// <summary>The blend of <see cref="Map"/> in four lanes: both of its cases computed, each lane keeping its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryMapFour(in InverseAffineRow row, int x, int index)
    {
        if (!MapsFour || !BilinearGrayVectors.TryLocate(sourceWidth, sourceHeight, row, x, out var cells))
        {
            return false;
        }

        var maxMask = Vector256.Create(MaxMask);
        var sourceIntensity = Avx.ConvertToVector256Double(BilinearGrayVectors.Read(source, sourceWidth, cells));
        var sourceAlpha = Avx.ConvertToVector256Double(BilinearGrayVectors.Read(sourceMask, sourceWidth, cells)) / maxMask;
        var targetIntensity = Avx.ConvertToVector256Double(FourPixels.Load(target, index));
        var targetAlpha = Avx.ConvertToVector256Double(FourPixels.Load(targetMask, index)) / maxMask;
        var rest = Vector256.Create(1.0) - sourceAlpha;
        var alpha = sourceAlpha + (targetAlpha * rest);
        var blended = Vector256.ConditionalSelect(
            Vector256.Equals(alpha, Vector256<double>.Zero),
            Vector256<double>.Zero,
            ((sourceIntensity * sourceAlpha) + (targetIntensity * targetAlpha * rest)) / alpha);
        var empty = Vector256.Equals(targetIntensity, Vector256<double>.Zero);
        FourPixels.Store(SetF(Vector256.ConditionalSelect(empty, sourceIntensity * sourceAlpha, blended)), target, index);
        FourPixels.Store(SetF(Vector256.ConditionalSelect(empty, sourceAlpha, alpha) * maxMask), targetMask, index);
        return true;
    }

    /// <summary>ImageJ's <c>setf</c> rounding in four lanes: <c>(int)((float)v + 0.5f)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> SetF(Vector256<double> values) =>
        Sse2.ConvertToVector128Int32WithTruncation(Avx.ConvertToVector128Single(values) + Vector128.Create(0.5f));
}
