namespace Render.Alignment.Problem;

/// <summary>
/// A tile's normalised coordinates: x̂ = (x − centre) / scale, so that every tile's points lie in
/// about [−1, 1]². Parameters are solved in these coordinates: the linear part and the translation
/// then have the same magnitude and the normal equations stay well conditioned (in pixels the
/// linear entries are weighted by ~10⁶ against the translation).
/// </summary>
/// <remarks>
/// A model A (original coordinates) is the lifted vector a′ = [s·L₀₀, s·L₀₁, (L·c + t)₀,
/// s·L₁₀, s·L₁₁, (L·c + t)₁] in the frame: row x first, then row y.
/// </remarks>
internal readonly record struct TileFrame(double CentreX, double CentreY, double Scale)
{
    public static TileFrame ForSize(double width, double height) =>
        new((width - 1) / 2, (height - 1) / 2, Math.Max(1.0, Math.Max(width, height) / 2));

    public (double X, double Y) Normalise(double x, double y) => ((x - CentreX) / Scale, (y - CentreY) / Scale);

    public void Lift(Affine2 model, Span<double> lifted)
    {
        lifted[0] = Scale * model.M00;
        lifted[1] = Scale * model.M01;
        lifted[2] = (model.M00 * CentreX) + (model.M01 * CentreY) + model.T0;
        lifted[3] = Scale * model.M10;
        lifted[4] = Scale * model.M11;
        lifted[5] = (model.M10 * CentreX) + (model.M11 * CentreY) + model.T1;
    }

    public Affine2 Unlift(ReadOnlySpan<double> lifted)
    {
        var m00 = lifted[0] / Scale;
        var m01 = lifted[1] / Scale;
        var m10 = lifted[3] / Scale;
        var m11 = lifted[4] / Scale;
        return new Affine2(m00, m01, m10, m11, lifted[2] - (m00 * CentreX) - (m01 * CentreY), lifted[5] - (m10 * CentreX) - (m11 * CentreY));
    }
}
