using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>The source cells ImageJ reads for bilinear and nearest sampling, shared by the grey and RGB samplers.</summary>
internal static class SourceCell
{
    /// <summary>
    /// The lower-left corner index and fractions of the bilinear cell at (x, y); false outside
    /// [0, w−1)×[0, h−1), where ImageJ's getPixelInterpolated answers 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryBilinear(int width, int height, double x, double y, out int offset, out double fx, out double fy)
    {
        if (x < 0.0 || y < 0.0 || x >= width - 1.0 || y >= height - 1.0)
        {
            (offset, fx, fy) = (0, 0, 0);
            return false;
        }

        var xb = (int)x;
        var yb = (int)y;
        fx = x - xb;
        fy = y - yb;
        offset = (yb * width) + xb;
        return true;
    }

    /// <summary>
    /// render's nearest read <c>get((int)(x + 0.5f), (int)(y + 0.5f))</c>, truncating toward zero as
    /// Java's cast does. ImageJ does not check bounds there; mesh vertices lie inside the image, so
    /// the index is only clamped against rounding at the border.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nearest(int width, int height, double x, double y) =>
        (Math.Clamp((int)(y + 0.5), 0, height - 1) * width) + Math.Clamp((int)(x + 0.5), 0, width - 1);
}
