using System.Collections.Frozen;

namespace Render.Geometry.Transforms;

/// <summary>
/// Every leaf transform class render can load, by its Java class name (and the aliases
/// render-python writes), with the parser that builds it from a data string. An explicit table,
/// not reflection: a class name that is not here is stored and returned verbatim by the model,
/// but cannot be evaluated.
/// </summary>
public static class TransformRegistry
{
    private static readonly FrozenDictionary<string, Func<string, IRenderTransform>> Parsers =
        new Dictionary<string, Func<string, IRenderTransform>>(NonLinearAliases(), StringComparer.Ordinal)
        {
            [AffineModel2D.JavaClassName] = AffineModel2D.Parse,
            [RigidModel2D.JavaClassName] = RigidModel2D.Parse,
            [SimilarityModel2D.JavaClassName] = SimilarityModel2D.Parse,
            [TranslationModel2D.JavaClassName] = TranslationModel2D.Parse,
            [HomographyModel2D.JavaClassName] = HomographyModel2D.Parse,
            [MovingLeastSquaresTransform2.JavaClassName] = MovingLeastSquaresTransform2.Parse,
            [MovingLeastSquaresTransform.JavaClassName] = MovingLeastSquaresTransform.Parse,
            [PolynomialTransform2D.JavaClassName] = PolynomialTransform2D.Parse,
            [NonLinearCoordinateTransform.JavaClassName] = NonLinearCoordinateTransform.Parse,
            [ThinPlateSplineTransform.JavaClassName] = ThinPlateSplineTransform.Parse,
            [AffineWarpFieldTransform.JavaClassName] = AffineWarpFieldTransform.Parse,
            [ExponentialFunctionOffsetTransform.JavaClassName] = ExponentialFunctionOffsetTransform.Parse,
            [ExponentialRecoveryOffsetTransform.JavaClassName] = ExponentialRecoveryOffsetTransform.Parse,
            [SEMDistortionTransformA.JavaClassName] = SEMDistortionTransformA.Parse,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // render-python and TrakEM2 write the lens correction under other names; the transform keeps the name it was read with.
    private static IEnumerable<KeyValuePair<string, Func<string, IRenderTransform>>> NonLinearAliases() =>
        NonLinearCoordinateTransform.Aliases.Select(alias =>
            new KeyValuePair<string, Func<string, IRenderTransform>>(alias, dataString => NonLinearCoordinateTransform.Parse(dataString, alias)));

    /// <summary>The class names that can be evaluated.</summary>
    public static IReadOnlyCollection<string> ClassNames => Parsers.Keys;

    /// <summary>True when <paramref name="className"/> can be evaluated.</summary>
    public static bool IsKnown(string className) => Parsers.ContainsKey(className);

    /// <summary>Builds the transform render would build from <paramref name="className"/> and <paramref name="dataString"/>.</summary>
    /// <exception cref="TransformDataException">The class is unknown, or the data string does not describe one of its transforms.</exception>
    public static IRenderTransform Create(string className, string dataString)
    {
        ArgumentNullException.ThrowIfNull(className);
        return Parsers.TryGetValue(className, out var parse)
            ? parse(dataString)
            : throw new TransformDataException($"transform class '{className}' cannot be found");
    }
}
