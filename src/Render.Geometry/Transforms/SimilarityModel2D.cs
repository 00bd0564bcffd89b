using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>
/// A rotation, uniform scale and translation (mpicbg's <c>SimilarityModel2D</c>): x' = scos·x − ssin·y + tx,
/// y' = ssin·x + scos·y + ty. Its data string is <c>scos ssin tx ty</c>, read as Java floats.
/// </summary>
public sealed class SimilarityModel2D : IAffine2D, IRenderTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.SimilarityModel2D";

    /// <summary>The fewest pairs a similarity fit needs.</summary>
    public const int MinimumPairs = 2;

    private readonly double _iscos;
    private readonly double _issin;
    private readonly double _itx;
    private readonly double _ity;

    /// <summary>Creates the model: scale·cos, scale·sin and the translation.</summary>
    public SimilarityModel2D(double scos, double ssin, double tx, double ty)
    {
        Scos = scos;
        Ssin = ssin;
        Tx = tx;
        Ty = ty;
        var det = (scos * scos) + (ssin * ssin);
        IsInvertible = det != 0;
        _iscos = scos / det;
        _issin = -ssin / det;
        _itx = ((-ssin * ty) - (scos * tx)) / det;
        _ity = ((ssin * tx) - (scos * ty)) / det;
    }

    /// <summary>scale·cos(angle).</summary>
    public double Scos { get; }

    /// <summary>scale·sin(angle).</summary>
    public double Ssin { get; }

    /// <summary>x translation.</summary>
    public double Tx { get; }

    /// <summary>y translation.</summary>
    public double Ty { get; }

    /// <summary>False when the scale is 0.</summary>
    public bool IsInvertible { get; }

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>Reads <c>scos ssin tx ty</c> as render does: four Java floats.</summary>
    /// <exception cref="TransformDataException">Not four Java floats.</exception>
    public static SimilarityModel2D Parse(string dataString)
    {
        var v = DataStringFields.ParseFloats(dataString, 4, JavaClassName);
        return new SimilarityModel2D(v[0], v[1], v[2], v[3]);
    }

    /// <inheritdoc/>
    public string ToDataString() => DataStringFields.Join([Scos, Ssin, Tx, Ty]);

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) => AffineKernel.Apply(ref x, ref y, Scos, -Ssin, Tx, Ssin, Scos, Ty);

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y) => AffineKernel.Apply(x, y, Scos, -Ssin, Tx, Ssin, Scos, Ty);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y)
    {
        RequireInvertible();
        AffineKernel.Apply(ref x, ref y, _iscos, -_issin, _itx, _issin, _iscos, _ity);
    }

    /// <inheritdoc/>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y)
    {
        RequireInvertible();
        AffineKernel.Apply(x, y, _iscos, -_issin, _itx, _issin, _iscos, _ity);
    }

    /// <inheritdoc/>
    public AffineModel2D ToAffineModel() => new(Scos, Ssin, -Ssin, Scos, Tx, Ty);

    /// <summary>The weighted least-squares similarity p → q (mpicbg's closed form).</summary>
    /// <exception cref="FitException">Fewer than 2 pairs, or all source points coincide.</exception>
    public static SimilarityModel2D Fit(PointPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(MinimumPairs, "a similarity model");
        return Fit(pairs.Px, pairs.Py, pairs.Qx, pairs.Qy, pairs.Weights)
            ?? throw new FitException("a similarity model cannot be fitted to these points: the source points coincide (the scale is undefined)");
    }

    /// <summary>The fit on raw spans, or null when the source points coincide (for RANSAC loops, which must not allocate point pairs).</summary>
    public static SimilarityModel2D? Fit(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        var sums = CentredRotationFit.Of(px, py, qx, qy, w);
        if (sums.SquaredNorm == 0 || double.IsNaN(sums.SquaredNorm))
        {
            return null;
        }

        var scos = sums.Cos / sums.SquaredNorm;
        var ssin = sums.Sin / sums.SquaredNorm;
        var tx = sums.Qcx - (scos * sums.Pcx) + (ssin * sums.Pcy);
        var ty = sums.Qcy - (ssin * sums.Pcx) - (scos * sums.Pcy);
        return new SimilarityModel2D(scos, ssin, tx, ty);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";

    private void RequireInvertible()
    {
        if (!IsInvertible)
        {
            throw new NoninvertibleTransformException($"{JavaClassName} {ToDataString()} is not invertible (its scale is 0)");
        }
    }
}
