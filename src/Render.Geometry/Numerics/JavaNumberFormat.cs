using System.Globalization;
using System.Numerics;

namespace Render.Geometry.Numerics;

/// <summary>
/// Writes numbers the way Java's <c>Double.toString</c> and <c>Float.toString</c> do (JDK 19 and
/// later): the shortest decimal that reads back as the same value, in plain notation when
/// 10<sup>-3</sup> &lt;= |v| &lt; 10<sup>7</sup> (always with a fraction digit: <c>2560.0</c>) and in
/// computerised scientific notation otherwise (<c>1.0E-5</c>, <c>6.344304427022081E12</c>).
/// </summary>
/// <remarks>
/// render writes every double of its JSON (and every transform data string) this way, so matching
/// it keeps our output textually comparable with the reference. Parsing the result with any
/// IEEE-correct parser (Java's or .NET's) gives back the exact same value. Thread-safe; allocates
/// only the returned string.
/// </remarks>
public static class JavaNumberFormat
{
    /// <summary>Enough characters for any formatted double or float.</summary>
    public const int MaxLength = 32;

    /// <summary>Formats <paramref name="value"/> as Java's <c>Double.toString(double)</c>.</summary>
    public static string FormatDouble(double value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..FormatDouble(value, buffer)]);
    }

    /// <summary>Formats <paramref name="value"/> as Java's <c>Double.toString(double)</c> into
    /// <paramref name="destination"/> (at least <see cref="MaxLength"/> long); returns the length.</summary>
    public static int FormatDouble(double value, Span<char> destination) => Format(value, destination);

    /// <summary>Formats <paramref name="value"/> as Java's <c>Float.toString(float)</c>.</summary>
    public static string FormatFloat(float value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..FormatFloat(value, buffer)]);
    }

    /// <summary>Formats <paramref name="value"/> as Java's <c>Float.toString(float)</c> into
    /// <paramref name="destination"/> (at least <see cref="MaxLength"/> long); returns the length.</summary>
    public static int FormatFloat(float value, Span<char> destination) => Format(value, destination);

    private static int Format<T>(T value, Span<char> destination)
        where T : struct, IBinaryFloatingPointIeee754<T>
    {
        if (!T.IsFinite(value) || T.IsZero(value))
        {
            return WriteSpecial(T.IsNaN(value), T.IsNegative(value), T.IsInfinity(value), destination);
        }

        Span<char> text = stackalloc char[MaxLength];
        Span<char> digits = stackalloc char[MaxLength];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        var number = Decompose(text[..length], digits);
        if (number.DigitCount == 1)
        {
            // Java's rule for a one-digit shortest form: among the decimals of one or two digits
            // that read back as the value, take the closest (Double.MIN_VALUE prints as 4.9E-324).
            value.TryFormat(text, out length, "E1", CultureInfo.InvariantCulture);
            if (T.Parse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture) == value)
            {
                number = Decompose(text[..length], digits);
            }
        }

        // Java uses the same decimal bounds for both types: 10^-3 <= |v| < 10^7 prints plain.
        var magnitude = T.Abs(value);
        var plain = magnitude >= T.CreateTruncating(1e-3) && magnitude < T.CreateTruncating(1e7);
        return Compose(number, digits, plain, destination);
    }

    private static int WriteSpecial(bool isNaN, bool isNegative, bool isInfinity, Span<char> destination)
    {
        var text = isNaN ? "NaN"
            : isInfinity ? (isNegative ? "-Infinity" : "Infinity")
            : isNegative ? "-0.0" : "0.0";
        text.CopyTo(destination);
        return text.Length;
    }

    /// <summary>A finite non-zero decimal: ±d1.d2d3... x 10^Scientific, its digits held by the caller.</summary>
    private readonly record struct DecimalNumber(bool Negative, int DigitCount, int Scientific);

    /// <summary>
    /// Reads the significant digits and the decimal exponent out of a .NET number
    /// ("-1.25E-05", "1200", "0.0001"): the digits are kept as they are, only the notation changes.
    /// </summary>
    private static DecimalNumber Decompose(ReadOnlySpan<char> text, Span<char> digits)
    {
        var digitCount = 0;
        var integerDigits = 0;
        var seenPoint = false;
        var position = 0;
        var negative = text[0] == '-';
        if (negative)
        {
            position++;
        }

        for (; position < text.Length && text[position] is not ('E' or 'e'); position++)
        {
            var c = text[position];
            if (c == '.')
            {
                seenPoint = true;
            }
            else if (c == '0' && digitCount == 0)
            {
                // A leading zero shifts the decimal point instead of adding a digit.
                integerDigits -= seenPoint ? 1 : 0;
            }
            else
            {
                digits[digitCount++] = c;
                integerDigits += seenPoint ? 0 : 1;
            }
        }

        var exponent = position < text.Length
            ? int.Parse(text[(position + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : 0;
        while (digitCount > 1 && digits[digitCount - 1] == '0')
        {
            digitCount--;
        }

        return new DecimalNumber(negative, digitCount, integerDigits - 1 + exponent);
    }

    private static int Compose(DecimalNumber number, ReadOnlySpan<char> digits, bool plain, Span<char> destination)
    {
        var written = 0;
        if (number.Negative)
        {
            destination[written++] = '-';
        }

        var significant = digits[..number.DigitCount];
        return plain
            ? written + WritePlain(significant, number.Scientific, destination[written..])
            : written + WriteScientific(significant, number.Scientific, destination[written..]);
    }

    private static int WritePlain(ReadOnlySpan<char> digits, int scientific, Span<char> destination)
    {
        var written = 0;
        var beforePoint = scientific + 1;
        if (beforePoint <= 0)
        {
            destination[written++] = '0';
            destination[written++] = '.';
            for (var i = 0; i < -beforePoint; i++)
            {
                destination[written++] = '0';
            }

            digits.CopyTo(destination[written..]);
            return written + digits.Length;
        }

        for (var i = 0; i < beforePoint; i++)
        {
            destination[written++] = i < digits.Length ? digits[i] : '0';
        }

        destination[written++] = '.';
        if (digits.Length <= beforePoint)
        {
            destination[written++] = '0';
            return written;
        }

        digits[beforePoint..].CopyTo(destination[written..]);
        return written + digits.Length - beforePoint;
    }

    private static int WriteScientific(ReadOnlySpan<char> digits, int scientific, Span<char> destination)
    {
        var written = 0;
        destination[written++] = digits[0];
        destination[written++] = '.';
        if (digits.Length == 1)
        {
            destination[written++] = '0';
        }
        else
        {
            digits[1..].CopyTo(destination[written..]);
            written += digits.Length - 1;
        }

        destination[written++] = 'E';
        scientific.TryFormat(destination[written..], out var exponentLength, default, CultureInfo.InvariantCulture);
        return written + exponentLength;
    }
}
