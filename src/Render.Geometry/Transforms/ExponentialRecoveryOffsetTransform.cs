namespace Render.Geometry.Transforms;

/// <summary>Subtracts a·(1 − exp(−b·v)) + c from one coordinate v (render's <c>ExponentialRecoveryOffsetTransform</c>).</summary>
public sealed class ExponentialRecoveryOffsetTransform : MultiParameterSingleDimensionTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.transform.ExponentialRecoveryOffsetTransform";

    /// <summary>Creates the transform of dimension 0 (x) or 1 (y).</summary>
    public ExponentialRecoveryOffsetTransform(double a, double b, double c, int dimension)
        : base([a, b, c], dimension, 3)
    {
    }

    /// <inheritdoc/>
    public override string ClassName => JavaClassName;

    /// <summary>Reads <c>a,b,c,dimension</c>.</summary>
    public static ExponentialRecoveryOffsetTransform Parse(string dataString)
    {
        var (c, dimension) = ParseFields(dataString, 3, JavaClassName);
        return new ExponentialRecoveryOffsetTransform(c[0], c[1], c[2], dimension);
    }

    /// <inheritdoc/>
    protected override double Map(double value) =>
        value - ((Coefficients[0] * (1 - Math.Exp(-Coefficients[1] * value))) + Coefficients[2]);
}
