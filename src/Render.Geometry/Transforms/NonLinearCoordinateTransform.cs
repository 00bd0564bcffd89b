using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// TrakEM2's lens correction (trakem2-transform's <c>NonLinearCoordinateTransform</c>): a polynomial of
/// the given dimension d written over normalised features. For i = 1..d and j = i..0 the feature is
/// x<sup>j</sup>·y<sup>i−j</sup>, normalised as (e − mean)/var; a last feature is the constant 100; then
/// x' = Σ e<sub>k</sub>·β<sub>k,0</sub> and y' = Σ e<sub>k</sub>·β<sub>k,1</sub>. Render has no inverse for it.
/// </summary>
/// <remarks>
/// <para>
/// One class serves the four classNames render and render-python use for this transform; an instance
/// remembers the one it was read with and <see cref="ClassName"/> returns it, so a spec is written back
/// as it came.
/// </para>
/// <para>Immutable and thread-safe. "var" is TrakEM2's name; it holds a standard deviation.</para>
/// </remarks>
public sealed partial class NonLinearCoordinateTransform : IRenderTransform
{
    /// <summary>The className of trakem2-transform's class.</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.NonLinearCoordinateTransform";

    // β_k0, β_k1, means and deviations, L each, in one array: the layout the evaluation kernel reads.
    private readonly double[] _parameters;

    /// <summary>
    /// Creates the transform from its parts, each <see cref="FeatureCountOf"/>(dimension) long.
    /// <paramref name="width"/> and <paramref name="height"/> (the image size) are stored, not used.
    /// </summary>
    /// <exception cref="ArgumentException">The dimension is negative, a length is wrong, or the className is not one of this class.</exception>
    public NonLinearCoordinateTransform(
        int dimension,
        ReadOnlySpan<double> betaX,
        ReadOnlySpan<double> betaY,
        ReadOnlySpan<double> normMean,
        ReadOnlySpan<double> normVar,
        int width = 0,
        int height = 0,
        string className = JavaClassName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentNullException.ThrowIfNull(className);
        var length = FeatureCountOf(dimension);
        if (betaX.Length != length || betaY.Length != length || normMean.Length != length || normVar.Length != length)
        {
            throw new ArgumentException($"dimension {dimension} needs {length} values each of betaX, betaY, normMean and normVar, got {betaX.Length}, {betaY.Length}, {normMean.Length} and {normVar.Length}");
        }

        if (className != JavaClassName && !Aliases.Contains(className))
        {
            throw new ArgumentException($"\"{className}\" is not a className of {JavaClassName}", nameof(className));
        }

        Dimension = dimension;
        Length = length;
        _parameters = [.. betaX, .. betaY, .. normMean, .. normVar];
        Width = width;
        Height = height;
        ClassName = className;
    }

    /// <summary>
    /// The other classNames of the same transform: TrakEM2's lens-correction class, render's deprecated
    /// copy of it, and the name render-python's <c>NonLinearTransform</c> writes.
    /// </summary>
    public static IReadOnlyList<string> Aliases { get; } =
    [
        "lenscorrection.NonLinearTransform",
        "lenscorrection.NonLinearTransformDeleteMe",
        "mpicbg.trakem2.transform.nonLinearTransform",
    ];

    /// <summary>The polynomial dimension d.</summary>
    public int Dimension { get; }

    /// <summary>The number of features L, (d + 1)(d + 2)/2 (the data string's "length").</summary>
    public int Length { get; }

    /// <summary>β<sub>k,0</sub>: the weight of feature k in x'.</summary>
    public ReadOnlySpan<double> BetaX => _parameters.AsSpan(0, Length);

    /// <summary>β<sub>k,1</sub>: the weight of feature k in y'.</summary>
    public ReadOnlySpan<double> BetaY => _parameters.AsSpan(Length, Length);

    /// <summary>The feature means (the last one, of the constant feature, is not used).</summary>
    public ReadOnlySpan<double> NormMean => _parameters.AsSpan(2 * Length, Length);

    /// <summary>The feature standard deviations (the last one is not used).</summary>
    public ReadOnlySpan<double> NormVar => _parameters.AsSpan(3 * Length, Length);

    /// <summary>The image width stored with the transform.</summary>
    public int Width { get; }

    /// <summary>The image height stored with the transform.</summary>
    public int Height { get; }

    /// <inheritdoc/>
    public string ClassName { get; }

    /// <summary>The number of features of <paramref name="dimension"/>, (d + 1)(d + 2)/2.</summary>
    public static int FeatureCountOf(int dimension) => (dimension + 1) * (dimension + 2) / 2;

    /// <summary>Reads a data string of <see cref="JavaClassName"/>.</summary>
    /// <exception cref="TransformDataException">The string does not describe this transform.</exception>
    public static NonLinearCoordinateTransform Parse(string dataString) => Parse(dataString, JavaClassName);

    /// <summary>
    /// Reads a data string as Java's <c>init</c>: fields separated by single spaces (<c>split(" ")</c>, so two
    /// spaces in a row make an empty field), 4 + 4L of them: dimension, L, L pairs β<sub>k,0</sub> β<sub>k,1</sub>,
    /// L means, L deviations, width, height. Integers as <c>Integer.parseInt</c>, the rest as
    /// <c>Double.parseDouble</c> (render-python's float32 reading is not copied).
    /// </summary>
    /// <remarks>Beyond Java, L must be (d + 1)(d + 2)/2; Java would accept another L and fail or misbehave when applied.</remarks>
    /// <exception cref="TransformDataException">The string does not describe this transform.</exception>
    /// <exception cref="ArgumentException"><paramref name="className"/> is not one of this class.</exception>
    public static NonLinearCoordinateTransform Parse(string dataString, string className)
    {
        ArgumentNullException.ThrowIfNull(dataString);
        var fields = JavaSplit.On(dataString, ' ');
        if (fields.Length < 2)
        {
            throw new TransformDataException($"{className} data string needs a dimension and a length, got \"{dataString}\"");
        }

        var dimension = ParseInteger(fields, 0, "dimension", className);
        var length = ParseInteger(fields, 1, "length", className);
        var expected = 4 + (4L * length);
        if (fields.Length != expected)
        {
            throw new TransformDataException($"{className} data string has {fields.Length} fields; length {length} needs 4 + 4 * {length} = {expected}");
        }

        if (dimension < 0 || length != ((long)dimension + 1) * ((long)dimension + 2) / 2)
        {
            throw new TransformDataException($"{className} length {length} does not match dimension {dimension}: it must be (d + 1)(d + 2)/2");
        }

        var betaX = new double[length];
        var betaY = new double[length];
        var normMean = new double[length];
        var normVar = new double[length];
        for (var k = 0; k < length; k++)
        {
            betaX[k] = ParseDouble(fields, 2 + (2 * k), className);
            betaY[k] = ParseDouble(fields, 3 + (2 * k), className);
            normMean[k] = ParseDouble(fields, 2 + (2 * length) + k, className);
            normVar[k] = ParseDouble(fields, 2 + (3 * length) + k, className);
        }

        var width = ParseInteger(fields, fields.Length - 2, "width", className);
        var height = ParseInteger(fields, fields.Length - 1, "height", className);
        return new NonLinearCoordinateTransform(dimension, betaX, betaY, normMean, normVar, width, height, className);
    }

    /// <summary>The same transform under another of this class's classNames.</summary>
    /// <exception cref="ArgumentException"><paramref name="className"/> is not one of this class.</exception>
    public NonLinearCoordinateTransform WithClassName(string className) =>
        new(Dimension, BetaX, BetaY, NormMean, NormVar, Width, Height, className);

    /// <summary>
    /// The data string as Java's <c>toDataString</c>: every field followed by one space (so it ends with a
    /// space), doubles as <c>Double.toString</c>, width before height (render-python writes them swapped).
    /// </summary>
    public string ToDataString()
    {
        var text = new StringBuilder(32 + (Length * 4 * 24));
        Span<char> number = stackalloc char[JavaNumberFormat.MaxLength];
        text.Append(Dimension.ToString(CultureInfo.InvariantCulture)).Append(' ');
        text.Append(Length.ToString(CultureInfo.InvariantCulture)).Append(' ');
        for (var k = 0; k < Length; k++)
        {
            text.Append(number[..JavaNumberFormat.FormatDouble(BetaX[k], number)]).Append(' ');
            text.Append(number[..JavaNumberFormat.FormatDouble(BetaY[k], number)]).Append(' ');
        }

        foreach (var value in _parameters.AsSpan(2 * Length))
        {
            text.Append(number[..JavaNumberFormat.FormatDouble(value, number)]).Append(' ');
        }

        text.Append(Width.ToString(CultureInfo.InvariantCulture)).Append(' ');
        text.Append(Height.ToString(CultureInfo.InvariantCulture)).Append(' ');
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ClassName} {ToDataString()}";

    private static int ParseInteger(string[] fields, int index, string name, string className) =>
        JavaIntegerParse.TryParseInt(fields[index], out var value)
            ? value
            : throw new TransformDataException($"{className} {name} (field {index}) is not an integer: \"{fields[index]}\"");

    private static double ParseDouble(string[] fields, int index, string className) =>
        JavaNumberParse.TryParseDouble(fields[index], out var value)
            ? value
            : throw new TransformDataException($"{className} field {index} is not a number: \"{fields[index]}\"");
}
