using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A transform that moves one coordinate (x for dimension 0, y for 1) by a function of itself
/// with a few coefficients (render's <c>MultiParameterSingleDimensionTransform</c>). The data string
/// is the coefficients and then the dimension, separated by commas or spaces: <c>a,b,c,0</c>.
/// </summary>
public abstract class MultiParameterSingleDimensionTransform : IRenderTransform
{
    private readonly double[] _coefficients;

    private protected MultiParameterSingleDimensionTransform(ReadOnlySpan<double> coefficients, int dimension, int expectedCount)
    {
        if (coefficients.Length != expectedCount)
        {
            throw new ArgumentException($"{expectedCount} coefficients expected, got {coefficients.Length}", nameof(coefficients));
        }

        if (dimension is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "the dimension of a 2-D transform is 0 (x) or 1 (y)");
        }

        _coefficients = coefficients.ToArray();
        Dimension = dimension;
    }

    /// <summary>0 when x is transformed, 1 when y is.</summary>
    public int Dimension { get; }

    /// <summary>The coefficients, in data-string order.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <inheritdoc/>
    public abstract string ClassName { get; }

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y)
    {
        if (Dimension == 0)
        {
            x = Map(x);
        }
        else
        {
            y = Map(y);
        }
    }

    /// <inheritdoc/>
    public string ToDataString()
    {
        var text = new StringBuilder();
        foreach (var coefficient in _coefficients)
        {
            text.Append(JavaNumberFormat.FormatDouble(coefficient)).Append(',');
        }

        return text.Append(Dimension.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The new value of the transformed coordinate.</summary>
    protected abstract double Map(double value);

    /// <summary>Reads <c>c0,c1,...,dimension</c> as render's <c>init</c> does.</summary>
    /// <exception cref="TransformDataException">Another count of values, or one that does not parse.</exception>
    private protected static (double[] Coefficients, int Dimension) ParseFields(string dataString, int coefficientCount, string className)
    {
        var fields = JavaSplit.OnCommasOrSpaces(dataString ?? throw new TransformDataException($"no dataString for {className}"));
        if (fields.Length != coefficientCount + 1)
        {
            throw new TransformDataException(
                $"invalid dataString for {className}: transform data must contain {coefficientCount + 1} comma separated values " +
                $"({coefficientCount} coefficients followed by dimension), found {fields.Length} values instead");
        }

        var coefficients = new double[coefficientCount];
        for (var i = 0; i < coefficientCount; i++)
        {
            coefficients[i] = JavaNumberParse.TryParseDouble(fields[i], out var value) ? value : throw DataStringFields.NotANumber(fields[i], className);
        }

        if (!JavaIntegerParse.TryParseInt(fields[^1], out var dimension) || dimension is not (0 or 1))
        {
            throw new TransformDataException($"invalid dataString for {className}: the dimension must be 0 (x) or 1 (y), found '{fields[^1]}'");
        }

        return (coefficients, dimension);
    }
}
