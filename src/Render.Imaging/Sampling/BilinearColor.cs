using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>
/// ImageJ's ColorProcessor <c>getPixelInterpolated</c>: 0 outside [0, w−1)×[0, h−1), otherwise each
/// of R, G, B blended bilinearly and rounded as <c>(int)(v + 0.5)</c>, with alpha forced to 0xff.
/// </summary>
internal readonly struct BilinearColor : IColorSampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sample(int[] pixels, int width, int height, double x, double y)
    {
        if (!SourceCell.TryBilinear(width, height, x, y, out var offset, out var fx, out var fy))
        {
            return 0;
        }

        int ll = pixels[offset], lr = pixels[offset + 1], ul = pixels[offset + width], ur = pixels[offset + width + 1];
        var r = Blend((ll >> 16) & 0xff, (lr >> 16) & 0xff, (ul >> 16) & 0xff, (ur >> 16) & 0xff, fx, fy);
        var g = Blend((ll >> 8) & 0xff, (lr >> 8) & 0xff, (ul >> 8) & 0xff, (ur >> 8) & 0xff, fx, fy);
        var b = Blend(ll & 0xff, lr & 0xff, ul & 0xff, ur & 0xff, fx, fy);
        return unchecked((int)0xff000000) | (r << 16) | (g << 8) | b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Blend(int lowerLeft, int lowerRight, int upperLeft, int upperRight, double fx, double fy)
    {
        var upper = upperLeft + (fx * (upperRight - upperLeft));
        var lower = lowerLeft + (fx * (lowerRight - lowerLeft));
        return (int)(lower + (fy * (upper - lower)) + 0.5);
    }
}
