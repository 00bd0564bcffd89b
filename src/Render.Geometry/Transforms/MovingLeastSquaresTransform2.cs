using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>
/// mpicbg's <c>MovingLeastSquaresTransform2</c>, the variant render uses: every number of the data
/// string is a Java float, and the per-point weights are rounded to float before the fit.
/// </summary>
public sealed class MovingLeastSquaresTransform2 : AbstractMovingLeastSquaresTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.MovingLeastSquaresTransform2";

    private MovingLeastSquaresTransform2(MovingLeastSquaresModel model, double alpha, double[][] columns)
        : base(model, alpha, columns[0], columns[1], columns[2], columns[3], columns[4])
    {
    }

    /// <inheritdoc/>
    public override string ClassName => JavaClassName;

    private protected override bool IsFloat => true;

    /// <summary>
    /// The transform that moves <paramref name="pairs"/>' source points onto their targets with
    /// <paramref name="model"/> fitted locally (weights 1/d^(2α)); numbers are rounded to float as
    /// render stores them.
    /// </summary>
    /// <exception cref="FitException">Fewer pairs than <paramref name="model"/> needs, or α is not positive.</exception>
    public static MovingLeastSquaresTransform2 FromPairs(PointPairs pairs, MovingLeastSquaresModel model = MovingLeastSquaresModel.Affine, double alpha = 1.0)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        RequireUsable(pairs, model, alpha);
        double[] Rounded(ReadOnlySpan<double> values) => [.. values.ToArray().Select(v => (double)(float)v)];
        return new MovingLeastSquaresTransform2(model, (float)alpha, [Rounded(pairs.Px), Rounded(pairs.Py), Rounded(pairs.Qx), Rounded(pairs.Qy), Rounded(pairs.Weights)]);
    }

    /// <summary>Reads <c>model 2 alpha (px py qx qy w)*</c> as Java floats.</summary>
    /// <exception cref="TransformDataException">The layout or a number is invalid.</exception>
    public static MovingLeastSquaresTransform2 Parse(string dataString)
    {
        var (model, alpha, columns) = ParseFields(dataString, JavaClassName, isFloat: true);
        return new MovingLeastSquaresTransform2(model, alpha, columns);
    }
}
