namespace Render.Geometry.Transforms;

/// <summary>
/// A 2-D coordinate transform (mpicbg's <c>CoordinateTransform</c>): maps a point in place.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface ICoordinateTransform
{
    /// <summary>Maps (<paramref name="x"/>, <paramref name="y"/>) in place.</summary>
    void ApplyInPlace(ref double x, ref double y);

    /// <summary>
    /// Maps every point (<paramref name="x"/>[i], <paramref name="y"/>[i]) in place. The results
    /// equal those of the single-point method (implementations that vectorise are tested for it).
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    void ApplyInPlace(Span<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        for (var i = 0; i < x.Length; i++)
        {
            ApplyInPlace(ref x[i], ref y[i]);
        }
    }
}
