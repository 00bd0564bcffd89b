using System.Runtime.CompilerServices;

namespace Render.Imaging.Sampling;

/// <summary>render's nearest-neighbour read for RGB images: the raw packed value (see <see cref="SourceCell.Nearest"/>).</summary>
internal readonly struct NearestColor : IColorSampler
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sample(int[] pixels, int width, int height, double x, double y) => pixels[SourceCell.Nearest(width, height, x, y)];
}
