using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>
/// Replaces a chain of transforms by one (render-python's <c>estimate_transformsum</c>): the exact
/// affine when every part is affine (see <see cref="AffineComposition"/>), otherwise a polynomial
/// of the chosen order fitted to where the chain sends the given sample points.
/// </summary>
public static class TransformCollapse
{
    /// <summary>One transform equal to (or, when not affine, approximating) <paramref name="transform"/>.</summary>
    /// <exception cref="FitException">Too few or degenerate sample points for the polynomial.</exception>
    public static IRenderTransform Collapse(ICoordinateTransform transform, ReadOnlySpan<double> sampleX, ReadOnlySpan<double> sampleY, int order = 2) =>
        (IRenderTransform?)AffineComposition.TryCompose(transform) ?? ToPolynomial(transform, sampleX, sampleY, order);

    /// <summary>The polynomial of <paramref name="order"/> that best maps the samples where <paramref name="transform"/> maps them.</summary>
    /// <exception cref="FitException">Too few or degenerate sample points.</exception>
    public static PolynomialTransform2D ToPolynomial(ICoordinateTransform transform, ReadOnlySpan<double> sampleX, ReadOnlySpan<double> sampleY, int order)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var (targetX, targetY) = (sampleX.ToArray(), sampleY.ToArray());
        transform.ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());
        return PolynomialTransform2D.Fit(new PointPairs(sampleX, sampleY, targetX, targetY), order);
    }
}
