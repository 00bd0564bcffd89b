using System.Runtime.CompilerServices;

namespace Render.Imaging.Mapping;

/// <summary>A triangle's inverse affine, target pixel → source position, evaluated as mpicbg's <c>applyInverseInPlace</c>.</summary>
internal readonly record struct InverseAffine(double M00, double M01, double M02, double M10, double M11, double M12)
{
    /// <summary>The source x of target pixel (x, y), in mpicbg's evaluation order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double SourceX(int x, int y) => (x * M00) + (y * M01) + M02;

    /// <summary>The source y of target pixel (x, y), in mpicbg's evaluation order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double SourceY(int x, int y) => (x * M10) + (y * M11) + M12;
}
