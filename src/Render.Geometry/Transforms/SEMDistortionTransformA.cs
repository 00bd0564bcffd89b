namespace Render.Geometry.Transforms;

/// <summary>Adds a·exp(−v/b) + c·exp(−v/d) to one coordinate v (render's <c>SEMDistortionTransformA</c>).</summary>
public sealed class SEMDistortionTransformA : MultiParameterSingleDimensionTransform
{
    /// <summary>render's class name.</summary>
    public const string JavaClassName = "org.janelia.alignment.transform.SEMDistortionTransformA";

    /// <summary>Creates the transform of dimension 0 (x) or 1 (y).</summary>
    public SEMDistortionTransformA(double a, double b, double c, double d, int dimension)
        : base([a, b, c, d], dimension, 4)
    {
    }

    /// <inheritdoc/>
    public override string ClassName => JavaClassName;

    /// <summary>Reads <c>a,b,c,d,dimension</c>.</summary>
    public static SEMDistortionTransformA Parse(string dataString)
    {
        var (c, dimension) = ParseFields(dataString, 4, JavaClassName);
        return new SEMDistortionTransformA(c[0], c[1], c[2], c[3], dimension);
    }

    /// <inheritdoc/>
    protected override double Map(double value) =>
        value + ((Coefficients[0] * Math.Exp(-value / Coefficients[1])) + (Coefficients[2] * Math.Exp(-value / Coefficients[3])));
}
