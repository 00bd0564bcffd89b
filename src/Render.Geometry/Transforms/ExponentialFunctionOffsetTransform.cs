namespace Render.Geometry.Transforms;

/// <summary>Subtracts a·exp(−b·v) + c from one coordinate v (render's <c>ExponentialFunctionOffsetTransform</c>).</summary>
public sealed class ExponentialFunctionOffsetTransform : MultiParameterSingleDimensionTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.transform.ExponentialFunctionOffsetTransform";

    /// <summary>Creates the transform of dimension 0 (x) or 1 (y).</summary>
    public ExponentialFunctionOffsetTransform(double a, double b, double c, int dimension)
        : base([a, b, c], dimension, 3)
    {
    }

    /// <inheritdoc/>
    public override string ClassName => JavaClassName;

    /// <summary>Reads <c>a,b,c,dimension</c>.</summary>
    public static ExponentialFunctionOffsetTransform Parse(string dataString)
    {
        var (c, dimension) = ParseFields(dataString, 3, JavaClassName);
        return new ExponentialFunctionOffsetTransform(c[0], c[1], c[2], dimension);
    }

    /// <inheritdoc/>
    protected override double Map(double value) =>
        value - ((Coefficients[0] * Math.Exp(-Coefficients[1] * value)) + Coefficients[2]);
}
