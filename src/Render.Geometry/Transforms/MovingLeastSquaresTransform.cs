using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

/// <summary>
/// mpicbg's <c>MovingLeastSquaresTransform</c>: the same layout as <see cref="MovingLeastSquaresTransform2"/>
/// with Java doubles. mpicbg sums its control points in hash-set order; we sum them in data-string order.
/// </summary>
public sealed class MovingLeastSquaresTransform : AbstractMovingLeastSquaresTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.MovingLeastSquaresTransform";

    private MovingLeastSquaresTransform(MovingLeastSquaresModel model, double alpha, double[][] columns)
        : base(model, alpha, columns[0], columns[1], columns[2], columns[3], columns[4])
    {
    }

    /// <inheritdoc/>
    public override string ClassName => JavaClassName;

    private protected override bool IsFloat => false;

    /// <summary>The transform that moves <paramref name="pairs"/>' source points onto their targets with <paramref name="model"/> fitted locally.</summary>
    /// <exception cref="FitException">Fewer pairs than <paramref name="model"/> needs, or α is not positive.</exception>
    public static MovingLeastSquaresTransform FromPairs(PointPairs pairs, MovingLeastSquaresModel model = MovingLeastSquaresModel.Affine, double alpha = 1.0)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        RequireUsable(pairs, model, alpha);
        return new MovingLeastSquaresTransform(model, alpha, [pairs.Px.ToArray(), pairs.Py.ToArray(), pairs.Qx.ToArray(), pairs.Qy.ToArray(), pairs.Weights.ToArray()]);
    }

    /// <summary>Reads <c>model 2 alpha (px py qx qy w)*</c> as Java doubles.</summary>
    /// <exception cref="TransformDataException">The layout or a number is invalid.</exception>
    public static MovingLeastSquaresTransform Parse(string dataString)
    {
        var (model, alpha, columns) = ParseFields(dataString, JavaClassName, isFloat: false);
        return new MovingLeastSquaresTransform(model, alpha, columns);
    }
}
