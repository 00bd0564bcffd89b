using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>
/// render's nearest-neighbour read (<c>skipInterpolation</c>): the raw value at
/// <c>get((int)(x + 0.5f), (int)(y + 0.5f))</c>, truncating toward zero as Java's cast does.
/// ImageJ does not check bounds there; mesh vertices lie inside the image, so the position is
/// only clamped against rounding at the border.
/// </summary>
internal readonly struct Nearest : ISampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLocate(int width, int height, double x, double y, out SourceCell cell)
    {
        cell = new SourceCell((Math.Clamp((int)(y + 0.5), 0, height - 1) * width) + Math.Clamp((int)(x + 0.5), 0, width - 1), 0, 0);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Gray(ushort[] pixels, int width, in SourceCell cell) => pixels[cell.Offset];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Color(int[] pixels, int width, in SourceCell cell) => pixels[cell.Offset];
}
