using Render.Geometry.Transforms;

namespace Render.Alignment.Problem;

/// <summary>
/// A 2-D affine map x' = M00·x + M01·y + T0, y' = M10·x + M11·y + T1: the solver's value type
/// for a tile model (no allocation, no data string).
/// </summary>
internal readonly record struct Affine2(double M00, double M01, double M10, double M11, double T0, double T1)
{
    public static Affine2 Identity => new(1, 0, 0, 1, 0, 0);

    public static Affine2 From(AffineModel2D model) => new(model.M00, model.M01, model.M10, model.M11, model.M02, model.M12);

    public AffineModel2D ToAffineModel() => new(M00, M10, M01, M11, T0, T1);

    public (double X, double Y) Apply(double x, double y) => ((M00 * x) + (M01 * y) + T0, (M10 * x) + (M11 * y) + T1);

    /// <summary><paramref name="then"/> applied after this map.</summary>
    public Affine2 Then(Affine2 then) => new(
        (then.M00 * M00) + (then.M01 * M10),
        (then.M00 * M01) + (then.M01 * M11),
        (then.M10 * M00) + (then.M11 * M10),
        (then.M10 * M01) + (then.M11 * M11),
        (then.M00 * T0) + (then.M01 * T1) + then.T0,
        (then.M10 * T0) + (then.M11 * T1) + then.T1);

    public bool IsFinite =>
        double.IsFinite(M00) && double.IsFinite(M01) && double.IsFinite(M10) && double.IsFinite(M11) && double.IsFinite(T0) && double.IsFinite(T1);
}
