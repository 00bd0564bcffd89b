namespace Render.Geometry.Transforms;

/// <summary>
/// An affine map split into scale, shear, rotation and translation: its linear part is
/// S·H·R with S = diag(ScaleX, ScaleY), H = [[1, ShearX], [ShearY, 1]] (one shear is 0) and R the
/// rotation by <see cref="Rotation"/> radians (render-python's <c>calc_first_order_properties</c>).
/// </summary>
/// <param name="ScaleX">Scale along x.</param>
/// <param name="ScaleY">Scale along y.</param>
/// <param name="ShearX">Shear along x (0 when decomposed with <see cref="ShearAxis.Y"/>).</param>
/// <param name="ShearY">Shear along y (0 when decomposed with <see cref="ShearAxis.X"/>).</param>
/// <param name="Rotation">Rotation in radians.</param>
/// <param name="TranslationX">Translation along x.</param>
/// <param name="TranslationY">Translation along y.</param>
public sealed record AffineDecomposition(
    double ScaleX,
    double ScaleY,
    double ShearX,
    double ShearY,
    double Rotation,
    double TranslationX,
    double TranslationY)
{
    /// <summary>
    /// Decomposes the linear part [[m00, m01], [m10, m11]] and the translation (m02, m12).
    /// </summary>
    public static AffineDecomposition Of(double m00, double m10, double m01, double m11, double m02, double m12, ShearAxis axis)
    {
        if (axis == ShearAxis.X)
        {
            var sy = double.Hypot(m10, m11);
            var theta = Math.Atan2(m10, m11);
            var (sin, cos) = Math.SinCos(theta);
            var sx = (cos * m00) - (sin * m01);
            var cx = sin != 0 ? (m00 - (sx * cos)) / (sx * sin) : (m01 - (sx * sin)) / (sx * cos);
            return new AffineDecomposition(sx, sy, cx, 0, theta, m02, m12);
        }
        else
        {
            var sx = double.Hypot(m00, m01);
            var theta = Math.Atan2(-m01, m00);
            var (sin, cos) = Math.SinCos(theta);
            var sy = (sin * m10) + (cos * m11);
            var cy = sin != 0 ? (m11 - (sy * cos)) / (-sy * sin) : (m10 - (sy * sin)) / (sy * cos);
            return new AffineDecomposition(sx, sy, 0, cy, theta, m02, m12);
        }
    }
}
