using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>render's nearest-neighbour read for grey images (<c>skipInterpolation</c>; see <see cref="SourceCell.Nearest"/>).</summary>
internal readonly struct NearestGray : IGraySampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sample(ushort[] pixels, int width, int height, double x, double y) => pixels[SourceCell.Nearest(width, height, x, y)];
}
