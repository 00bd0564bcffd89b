using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>
/// ImageJ's <c>getPixelInterpolated</c> with BILINEAR: 0 outside [0, w−1)×[0, h−1) (so the last
/// column and row never contribute); otherwise the lower and upper rows blended by the fractions,
/// grey rounded as Java's <c>Math.round</c>, and each of R, G, B as <c>(int)(v + 0.5)</c> with
/// alpha forced to 0xff.
/// </summary>
internal readonly struct Bilinear : ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLocate(int width, int height, double x, double y, out SourceCell cell)
    {
        if (x < 0.0 || y < 0.0 || x >= width - 1.0 || y >= height - 1.0)
        {
            cell = default;
            return false;
        }

        var xb = (int)x;
        var yb = (int)y;
        cell = new SourceCell((yb * width) + xb, x - xb, y - yb);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Gray(ushort[] pixels, int width, in SourceCell cell)
    {
        var offset = cell.Offset;
        double lowerLeft = pixels[offset];
        double lowerRight = pixels[offset + 1];
        double upperLeft = pixels[offset + width];
        double upperRight = pixels[offset + width + 1];
        var upper = upperLeft + (cell.Fx * (upperRight - upperLeft));
        var lower = lowerLeft + (cell.Fx * (lowerRight - lowerLeft));
        return JavaRound.NonNegative(lower + (cell.Fy * (upper - lower)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Color(int[] pixels, int width, in SourceCell cell)
    {
        var offset = cell.Offset;
        int ll = pixels[offset], lr = pixels[offset + 1], ul = pixels[offset + width], ur = pixels[offset + width + 1];
        var r = Channel((ll >> 16) & 0xff, (lr >> 16) & 0xff, (ul >> 16) & 0xff, (ur >> 16) & 0xff, cell.Fx, cell.Fy);
        var g = Channel((ll >> 8) & 0xff, (lr >> 8) & 0xff, (ul >> 8) & 0xff, (ur >> 8) & 0xff, cell.Fx, cell.Fy);
        var b = Channel(ll & 0xff, lr & 0xff, ul & 0xff, ur & 0xff, cell.Fx, cell.Fy);
        return unchecked((int)0xff000000) | (r << 16) | (g << 8) | b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Channel(int lowerLeft, int lowerRight, int upperLeft, int upperRight, double fx, double fy)
    {
        var upper = upperLeft + (fx * (upperRight - upperLeft));
        var lower = lowerLeft + (fx * (lowerRight - lowerLeft));
        return (int)(lower + (fy * (upper - lower)) + 0.5);
    }
}
