using System.Text;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// A 2-D polynomial of order n (mpicbg's <c>PolynomialTransform2D</c>, which render-python calls
/// <c>Polynomial2DTransform</c>): x' = Σ a<sub>k</sub>·t<sub>k</sub>, y' = Σ b<sub>k</sub>·t<sub>k</sub> over the
/// monomials t = 1, x, y, x², xy, y², x³, x²y, ... (each order o as x<sup>o</sup>, x<sup>o−1</sup>y, ..., y<sup>o</sup>).
/// The data string holds the x coefficients, then the y coefficients. Render has no inverse for it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Evaluation follows mpicbg exactly (terms built incrementally, summed in
/// increasing order, no fused multiply-add), so results are bitwise those of Java render.
/// </remarks>
public sealed partial class PolynomialTransform2D : IRenderTransform
{
    /// <summary>The className render reads and writes (render-python writes it too).</summary>
    public const string JavaClassName = "mpicbg.trakem2.transform.PolynomialTransform2D";

    // Every coefficient as read, also the ones the order leaves unused, so the data string round-trips.
    private readonly double[] _coefficients;

    private PolynomialTransform2D(double[] coefficients)
    {
        _coefficients = coefficients;
        Order = OrderOf(coefficients.Length / 2);
        TermCount = TermCountOf(Order);
        if (2 * TermCount > coefficients.Length)
        {
            throw new TransformDataException($"{JavaClassName} has {coefficients.Length} coefficients, too few for order {Order}");
        }
    }

    /// <summary>Creates a polynomial of <paramref name="order"/> from its x and y coefficients, each
    /// <see cref="TermCountOf"/>(order) long, in the monomial order of the class summary.</summary>
    /// <exception cref="ArgumentException">The order is negative or a coefficient count is wrong.</exception>
    public PolynomialTransform2D(int order, ReadOnlySpan<double> xCoefficients, ReadOnlySpan<double> yCoefficients)
        : this(Concatenate(order, xCoefficients, yCoefficients))
    {
    }

    /// <summary>The identity as an order-1 polynomial (render-python's <c>identity=True</c>).</summary>
    public static PolynomialTransform2D Identity { get; } = new(1, [0, 1, 0], [0, 0, 1]);

    /// <summary>The order: the highest one fully given by the coefficients (Java's <c>orderOf</c>).</summary>
    public int Order { get; }

    /// <summary>Coefficients per axis: (order + 1)(order + 2)/2.</summary>
    public int TermCount { get; }

    /// <summary>Every coefficient as read or built: x coefficients, then y coefficients, then any extra ones.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The coefficients of x'.</summary>
    public ReadOnlySpan<double> XCoefficients => _coefficients.AsSpan(0, TermCount);

    /// <summary>
    /// The coefficients of y'. Like mpicbg they start at offset <see cref="TermCount"/>, even when the data
    /// string holds more than 2·TermCount values (the extra values are kept but never used).
    /// </summary>
    public ReadOnlySpan<double> YCoefficients => _coefficients.AsSpan(TermCount, TermCount);

    /// <inheritdoc/>
    public string ClassName => JavaClassName;

    /// <summary>The number of monomials of a 2-D polynomial of <paramref name="order"/>, (order + 1)(order + 2)/2.</summary>
    public static int TermCountOf(int order) => (order + 1) * (order + 2) / 2;

    /// <summary>
    /// Reads a data string as mpicbg's <c>init</c>: white-space separated doubles (Java
    /// <c>split("\\s+")</c> and <c>Double.parseDouble</c>).
    /// </summary>
    /// <remarks>Java also accepts an odd count (the last value is then never used); we refuse it as malformed.</remarks>
    /// <exception cref="TransformDataException">The string is empty, holds a non-number or an odd number of values.</exception>
    public static PolynomialTransform2D Parse(string dataString)
    {
        ArgumentNullException.ThrowIfNull(dataString);
        if (string.IsNullOrWhiteSpace(dataString))
        {
            throw new TransformDataException($"{JavaClassName} data string is empty");
        }

        var fields = JavaSplit.OnWhitespace(dataString);
        var coefficients = new double[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!JavaNumberParse.TryParseDouble(fields[i], out coefficients[i]))
            {
                throw new TransformDataException($"{JavaClassName} coefficient {i} is not a number: \"{fields[i]}\"");
            }
        }

        if (coefficients.Length % 2 != 0)
        {
            throw new TransformDataException($"{JavaClassName} data string has {coefficients.Length} coefficients; x and y need as many each, so the count must be even");
        }

        return new PolynomialTransform2D(coefficients);
    }

    /// <summary>
    /// The order-1 polynomial equal to the affine x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12 (arguments
    /// in AffineModel2D's data-string order); render-python's <c>fromAffine</c>: [[m02, m00, m01], [m12, m10, m11]].
    /// </summary>
    public static PolynomialTransform2D FromAffine(double m00, double m10, double m01, double m11, double m02, double m12) =>
        new(1, [m02, m00, m01], [m12, m10, m11]);

    /// <summary>The same mapping as a polynomial of a higher (or the same) order: the new coefficients are zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is below <see cref="Order"/>.</exception>
    public PolynomialTransform2D AsOrder(int order)
    {
        if (order < Order)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"a polynomial of order {Order} cannot be written with order {order}");
        }

        var terms = TermCountOf(order);
        var x = new double[terms];
        var y = new double[terms];
        XCoefficients.CopyTo(x);
        YCoefficients.CopyTo(y);
        return new PolynomialTransform2D(order, x, y);
    }

    /// <summary>Every coefficient as Java's <c>Double.toString</c>, separated by single spaces (no trailing space).</summary>
    public string ToDataString()
    {
        var text = new StringBuilder(_coefficients.Length * 24);
        Span<char> number = stackalloc char[JavaNumberFormat.MaxLength];
        for (var i = 0; i < _coefficients.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(number[..JavaNumberFormat.FormatDouble(_coefficients[i], number)]);
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{JavaClassName} {ToDataString()}";

    /// <summary>mpicbg's <c>orderOf</c>: (int) nextUp(√(2n + 0.25) − 1.5), the nextUp guarding against a square root just below an integer.</summary>
    internal static int OrderOf(int coefficientsPerAxis) =>
        JavaMath.ToInt(Math.BitIncrement(Math.Sqrt((2 * coefficientsPerAxis) + 0.25) - 1.5));

    private static double[] Concatenate(int order, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        var terms = TermCountOf(order);
        if (x.Length != terms || y.Length != terms)
        {
            throw new ArgumentException($"an order-{order} polynomial needs {terms} coefficients per axis, got {x.Length} for x and {y.Length} for y");
        }

        return [.. x, .. y];
    }
}
