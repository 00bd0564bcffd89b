using System.Runtime.CompilerServices;

namespace Render.Imaging.Mapping;

/// <summary>
/// An <see cref="InverseAffine"/> along one target row y: the source position of (x, y) is
/// <c>((x·m00) + (y·m01)) + m02</c>, mpicbg's order, with y·m01 (and y·m11) computed once per row,
/// which gives the same doubles.
/// </summary>
internal readonly record struct InverseAffineRow(double M00, double YM01, double M02, double M10, double YM11, double M12)
{
    /// <summary>The source x of target column <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double SourceX(int x) => (x * M00) + YM01 + M02;

    /// <summary>The source y of target column <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double SourceY(int x) => (x * M10) + YM11 + M12;
}
