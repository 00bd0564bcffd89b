namespace Render.Geometry.Fitting;

/// <summary>
/// Maps one coordinate axis of a point set onto about [−1, 1] before a polynomial fit: u = (x − Centre)·InverseScale.
/// Monomials of raw coordinates near 10⁵ span dozens of orders of magnitude and are nearly collinear;
/// of the conditioned ones they are of order 1. The scale is a power of two, so dividing by it is exact
/// and the coefficients can be re-expanded to raw coordinates without an extra rounding of the scale.
/// </summary>
internal readonly record struct AxisConditioning(double Centre, double InverseScale)
{
    /// <summary>The conditioning of <paramref name="values"/>: their mid-range as the centre, a power of two at least their half-range as the scale.</summary>
    public static AxisConditioning Of(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        var halfRange = (max * 0.5) - (min * 0.5);

        // All values equal: any scale will do; the fit then fails on the constant column, as it should.
        var inverseScale = halfRange > 0 ? Math.ScaleB(1.0, -(Math.ILogB(halfRange) + 1)) : 1.0;
        return new AxisConditioning((min * 0.5) + (max * 0.5), inverseScale);
    }

    /// <summary>The conditioned coordinate of <paramref name="value"/>.</summary>
    public double Apply(double value) => (value - Centre) * InverseScale;
}
