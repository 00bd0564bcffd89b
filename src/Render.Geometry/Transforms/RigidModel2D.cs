using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>
/// A rotation and translation (mpicbg's <c>RigidModel2D</c>): x' = cos·x − sin·y + tx,
/// y' = sin·x + cos·y + ty. Its data string is <c>theta tx ty</c>, read as Java floats.
/// </summary>
public sealed class RigidModel2D : IAffine2D, IRenderTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.RigidModel2D";

    /// <summary>The fewest pairs a rigid fit needs.</summary>
    public const int MinimumPairs = 2;

    private readonly double _itx;
    private readonly double _ity;

    /// <summary>Creates the model from the cosine and sine of its angle and its translation.</summary>
    public RigidModel2D(double cos, double sin, double tx, double ty)
    {
        Cos = cos;
        Sin = sin;
        Tx = tx;
        Ty = ty;
        _itx = (-sin * ty) - (cos * tx);
        _ity = (sin * tx) - (cos * ty);
    }

    /// <summary>Cosine of the rotation angle.</summary>
    public double Cos { get; }

    /// <summary>Sine of the rotation angle.</summary>
    public double Sin { get; }

    /// <summary>x translation.</summary>
    public double Tx { get; }

    /// <summary>y translation.</summary>
    public double Ty { get; }

    /// <summary>The rotation angle in radians.</summary>
    public double Angle => Math.Atan2(Sin, Cos);

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>Creates the model rotating by <paramref name="theta"/> radians.</summary>
    public static RigidModel2D FromAngle(double theta, double tx, double ty) => new(Math.Cos(theta), Math.Sin(theta), tx, ty);

    /// <summary>Reads <c>theta tx ty</c> as render does: three Java floats.</summary>
    /// <exception cref="TransformDataException">Not three Java floats.</exception>
    public static RigidModel2D Parse(string dataString)
    {
        var v = DataStringFields.ParseFloats(dataString, 3, JavaClassName);
        return FromAngle(v[0], v[1], v[2]);
    }

    /// <inheritdoc/>
    public string ToDataString() => DataStringFields.Join([Angle, Tx, Ty]);

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) => AffineKernel.Apply(ref x, ref y, Cos, -Sin, Tx, Sin, Cos, Ty);

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y) => AffineKernel.Apply(x, y, Cos, -Sin, Tx, Sin, Cos, Ty);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y) => AffineKernel.Apply(ref x, ref y, Cos, Sin, _itx, -Sin, Cos, _ity);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y) => AffineKernel.Apply(x, y, Cos, Sin, _itx, -Sin, Cos, _ity);

    /// <inheritdoc/>
    public AffineModel2D ToAffineModel() => new(Cos, Sin, -Sin, Cos, Tx, Ty);

    /// <summary>The weighted least-squares rigid model p → q (mpicbg's closed form).</summary>
    /// <exception cref="FitException">Fewer than 2 pairs, or all points coincide.</exception>
    public static RigidModel2D Fit(PointPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(MinimumPairs, "a rigid model");
        return Fit(pairs.Px, pairs.Py, pairs.Qx, pairs.Qy, pairs.Weights)
            ?? throw new FitException("a rigid model cannot be fitted to these points: they coincide (the rotation is undefined)");
    }

    /// <summary>The fit on raw spans, or null when the rotation is undefined (for RANSAC loops, which must not allocate point pairs).</summary>
    public static RigidModel2D? Fit(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        var sums = CentredRotationFit.Of(px, py, qx, qy, w);
        var norm = Math.Sqrt((sums.Cos * sums.Cos) + (sums.Sin * sums.Sin));
        if (norm == 0 || double.IsNaN(norm))
        {
            return null;
        }

        var cos = sums.Cos / norm;
        var sin = sums.Sin / norm;
        var tx = sums.Qcx - (cos * sums.Pcx) + (sin * sums.Pcy);
        var ty = sums.Qcy - (sin * sums.Pcx) - (cos * sums.Pcy);
        return new RigidModel2D(cos, sin, tx, ty);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";
}
