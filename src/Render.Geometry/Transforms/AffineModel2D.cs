
namespace Render.Geometry.Transforms;

/// <summary>
/// A 2-D affine map (mpicbg's <c>AffineModel2D</c>): x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12.
/// Its data string lists m00 m10 m01 m11 m02 m12 (AWT column order). Immutable.
/// </summary>
public sealed partial class AffineModel2D : IAffine2D, IRenderTransform, IEquatable<AffineModel2D>
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.AffineModel2D";

    private readonly double _i00;
    private readonly double _i01;
    private readonly double _i02;
    private readonly double _i10;
    private readonly double _i11;
    private readonly double _i12;

    /// <summary>Creates the map with the given coefficients (in data-string order).</summary>
    public AffineModel2D(double m00, double m10, double m01, double m11, double m02, double m12)
    {
        M00 = m00;
        M10 = m10;
        M01 = m01;
        M11 = m11;
        M02 = m02;
        M12 = m12;

        // mpicbg's invert(): a zero determinant leaves the model non-invertible.
        var det = (m00 * m11) - (m01 * m10);
        IsInvertible = det != 0;
        if (IsInvertible)
        {
            _i00 = m11 / det;
            _i01 = -m01 / det;
            _i02 = ((m01 * m12) - (m02 * m11)) / det;
            _i10 = -m10 / det;
            _i11 = m00 / det;
            _i12 = ((m02 * m10) - (m00 * m12)) / det;
        }
    }

    /// <summary>The identity map.</summary>
    public static AffineModel2D Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>x scale/rotation coefficient.</summary>
    public double M00 { get; }

    /// <summary>y from x coefficient.</summary>
    public double M10 { get; }

    /// <summary>x from y coefficient.</summary>
    public double M01 { get; }

    /// <summary>y scale/rotation coefficient.</summary>
    public double M11 { get; }

    /// <summary>x translation.</summary>
    public double M02 { get; }

    /// <summary>y translation.</summary>
    public double M12 { get; }

    /// <summary>False when the linear part is singular (the determinant is 0).</summary>
    public bool IsInvertible { get; }

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>Reads render's data string: exactly six numbers, m00 m10 m01 m11 m02 m12.</summary>
    /// <exception cref="TransformDataException">Not six Java doubles.</exception>
    public static AffineModel2D Parse(string dataString)
    {
        var v = DataStringFields.ParseDoubles(dataString, 6, JavaClassName);
        return new AffineModel2D(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /// <inheritdoc/>
    public string ToDataString() => DataStringFields.Join([M00, M10, M01, M11, M02, M12]);

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) => AffineKernel.Apply(ref x, ref y, M00, M01, M02, M10, M11, M12);

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y) => AffineKernel.Apply(x, y, M00, M01, M02, M10, M11, M12);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y)
    {
        RequireInvertible();
        AffineKernel.Apply(ref x, ref y, _i00, _i01, _i02, _i10, _i11, _i12);
    }

    /// <inheritdoc/>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y)
    {
        RequireInvertible();
        AffineKernel.Apply(x, y, _i00, _i01, _i02, _i10, _i11, _i12);
    }

    /// <summary>The inverse map.</summary>
    /// <exception cref="NoninvertibleTransformException">The map is singular.</exception>
    public AffineModel2D CreateInverse()
    {
        RequireInvertible();
        return new AffineModel2D(_i00, _i10, _i01, _i11, _i02, _i12);
    }

    /// <summary>This map after <paramref name="first"/>: p ↦ this(first(p)) (mpicbg's <c>concatenate</c>, render-python's <c>concatenate</c>).</summary>
    public AffineModel2D Concatenate(AffineModel2D first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return Compose(this, first);
    }

    /// <summary><paramref name="then"/> after this map: p ↦ then(this(p)) (mpicbg's <c>preConcatenate</c>).</summary>
    public AffineModel2D PreConcatenate(AffineModel2D then)
    {
        ArgumentNullException.ThrowIfNull(then);
        return Compose(then, this);
    }

    /// <summary>Scale, shear, rotation and translation of this map.</summary>
    public AffineDecomposition Decompose(ShearAxis shearAxis = ShearAxis.X) =>
        AffineDecomposition.Of(M00, M10, M01, M11, M02, M12, shearAxis);

    /// <inheritdoc/>
    public AffineModel2D ToAffineModel() => this;

    /// <summary>The coefficients in data-string order: m00, m10, m01, m11, m02, m12.</summary>
    public double[] ToArray() => [M00, M10, M01, M11, M02, M12];

    /// <inheritdoc/>
    public bool Equals(AffineModel2D? other) =>
        other is not null && M00.Equals(other.M00) && M10.Equals(other.M10) && M01.Equals(other.M01)
        && M11.Equals(other.M11) && M02.Equals(other.M02) && M12.Equals(other.M12);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AffineModel2D);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(M00, M10, M01, M11, M02, M12);

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";

    private static AffineModel2D Compose(AffineModel2D outer, AffineModel2D inner) => new(
        (outer.M00 * inner.M00) + (outer.M01 * inner.M10),
        (outer.M10 * inner.M00) + (outer.M11 * inner.M10),
        (outer.M00 * inner.M01) + (outer.M01 * inner.M11),
        (outer.M10 * inner.M01) + (outer.M11 * inner.M11),
        (outer.M00 * inner.M02) + (outer.M01 * inner.M12) + outer.M02,
        (outer.M10 * inner.M02) + (outer.M11 * inner.M12) + outer.M12);

    private void RequireInvertible()
    {
        if (!IsInvertible)
        {
            throw new NoninvertibleTransformException($"{JavaClassName} {ToDataString()} is not invertible (its determinant is 0)");
        }
    }
}
