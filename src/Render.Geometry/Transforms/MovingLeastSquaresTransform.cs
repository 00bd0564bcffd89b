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

    /// <summary>Reads <c>model 2 alpha (px py qx qy w)*</c> as Java doubles.</summary>
    /// <exception cref="TransformDataException">The layout or a number is invalid.</exception>
    public static MovingLeastSquaresTransform Parse(string dataString)
    {
        var (model, alpha, columns) = ParseFields(dataString, JavaClassName, isFloat: false);
        return new MovingLeastSquaresTransform(model, alpha, columns);
    }
}
