using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>A translation (mpicbg's <c>TranslationModel2D</c>). Its data string is <c>tx ty</c>, read as Java floats.</summary>
public sealed class TranslationModel2D : IAffine2D, IRenderTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.TranslationModel2D";

    /// <summary>The fewest pairs a translation fit needs.</summary>
    public const int MinimumPairs = 1;

    /// <summary>Creates the translation.</summary>
    public TranslationModel2D(double tx, double ty)
    {
        Tx = tx;
        Ty = ty;
    }

    /// <summary>x translation.</summary>
    public double Tx { get; }

    /// <summary>y translation.</summary>
    public double Ty { get; }

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>Reads <c>tx ty</c> as render does: two Java floats.</summary>
    /// <exception cref="TransformDataException">Not two Java floats.</exception>
    public static TranslationModel2D Parse(string dataString)
    {
        var v = DataStringFields.ParseFloats(dataString, 2, JavaClassName);
        return new TranslationModel2D(v[0], v[1]);
    }

    /// <inheritdoc/>
    public string ToDataString() => DataStringFields.Join([Tx, Ty]);

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y)
    {
        x += Tx;
        y += Ty;
    }

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y) => Shift(x, y, Tx, Ty);

    /// <inheritdoc/>
    public void ApplyInverseInPlace(ref double x, ref double y)
    {
        x -= Tx;
        y -= Ty;
    }

    /// <inheritdoc/>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y) => Shift(x, y, -Tx, -Ty);

    /// <inheritdoc/>
    public AffineModel2D ToAffineModel() => new(1, 0, 0, 1, Tx, Ty);

    /// <summary>The weighted least-squares translation p → q: the difference of the weighted centroids.</summary>
    /// <exception cref="FitException">No pairs.</exception>
    public static TranslationModel2D Fit(PointPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(MinimumPairs, "a translation model");
        return Fit(pairs.Px, pairs.Py, pairs.Qx, pairs.Qy, pairs.Weights);
    }

    /// <summary>The fit on raw spans (for RANSAC loops, which must not allocate point pairs).</summary>
    public static TranslationModel2D Fit(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        var centroids = WeightedCentroids.Of(px, py, qx, qy, w);
        return new TranslationModel2D(centroids.Qcx - centroids.Pcx, centroids.Qcy - centroids.Pcy);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";

    private static void Shift(Span<double> x, Span<double> y, double tx, double ty)
    {
        AffineKernel.RequireSameLength(x, y);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] += tx;
            y[i] += ty;
        }
    }
}
