using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>
/// ImageJ's <c>getPixelInterpolated</c> for byte and short images with BILINEAR interpolation:
/// 0 outside [0, w−1)×[0, h−1) (so the last column and row never contribute), otherwise the
/// lower/upper row blend rounded as Java's <c>Math.round</c>.
/// </summary>
internal readonly struct BilinearGray : IGraySampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sample(ushort[] pixels, int width, int height, double x, double y)
    {
        if (!SourceCell.TryBilinear(width, height, x, y, out var offset, out var fx, out var fy))
        {
            return 0;
        }

        double lowerLeft = pixels[offset];
        double lowerRight = pixels[offset + 1];
        double upperLeft = pixels[offset + width];
        double upperRight = pixels[offset + width + 1];
        var upper = upperLeft + (fx * (upperRight - upperLeft));
        var lower = lowerLeft + (fx * (lowerRight - lowerLeft));
        return JavaRound.NonNegative(lower + (fy * (upper - lower)));
    }
}
