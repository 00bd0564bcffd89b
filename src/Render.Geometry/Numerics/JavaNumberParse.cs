using System.Globalization;

namespace Render.Geometry.Numerics;

/// <summary>
/// Reads numbers as Java's <c>Double.parseDouble</c> and <c>Float.parseFloat</c> do, the parsers
/// behind every transform data string: surrounding white space is ignored, a leading '+' and a
/// trailing type suffix (d, D, f, F) are allowed, as are NaN and (signed) Infinity and hexadecimal
/// floating-point literals. Anything else fails with Java's message, <c>For input string: "x"</c>.
/// </summary>
/// <remarks>
/// <see cref="ParseFloat"/> rounds the decimal to float32 directly (as Java does), which is not
/// always the same as rounding it to a double first and then to a float. Thread-safe.
/// </remarks>
public static class JavaNumberParse
{
    /// <summary>The double Java reads from <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Java would throw NumberFormatException.</exception>
    public static double ParseDouble(ReadOnlySpan<char> text) =>
        TryParseDouble(text, out var value) ? value : throw Invalid(text);

    /// <summary>The float Java reads from <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Java would throw NumberFormatException.</exception>
    public static float ParseFloat(ReadOnlySpan<char> text) =>
        TryParseFloat(text, out var value) ? value : throw Invalid(text);

    /// <summary>Reads a double as Java does; false where Java throws.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        var body = Normalize(text, out var negative, out var hex);
        if (hex)
        {
            var parsed = TryParseHex(body, out value);
            value = negative ? -value : value;
            return parsed;
        }

        if (!IsJavaDecimal(body) || !double.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = 0;
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>Reads a float as Java does; false where Java throws.</summary>
    public static bool TryParseFloat(ReadOnlySpan<char> text, out float value)
    {
        var body = Normalize(text, out var negative, out var hex);
        if (hex)
        {
            var parsed = TryParseHex(body, out var wide);
            value = (float)(negative ? -wide : wide);
            return parsed;
        }

        if (!IsJavaDecimal(body) || !float.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = 0;
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static FormatException Invalid(ReadOnlySpan<char> text) => new($"For input string: \"{text}\"");

    /// <summary>Trims as Java's String.trim (code points up to ' '), takes off the sign and the type suffix.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, out bool negative, out bool hex)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && text[start] <= ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] <= ' ')
        {
            end--;
        }

        var body = text[start..end];
        negative = body.Length > 0 && body[0] == '-';
        if (body.Length > 0 && body[0] is '-' or '+')
        {
            body = body[1..];
        }

        hex = body.Length > 1 && body[0] == '0' && body[1] is 'x' or 'X';
        var isSpecial = body is "NaN" or "Infinity";
        if (!isSpecial && body.Length > 1 && body[^1] is 'd' or 'D' or 'f' or 'F' && !hex)
        {
            body = body[..^1];
        }

        return body;
    }

    /// <summary>Java's decimal grammar: digits with an optional point and exponent, or NaN / Infinity.</summary>
    private static bool IsJavaDecimal(ReadOnlySpan<char> body)
    {
        if (body is "NaN" or "Infinity")
        {
            return true;
        }

        var digits = 0;
        var i = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
            digits++;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < body.Length && body[i] is 'e' or 'E')
        {
            i++;
            if (i < body.Length && body[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = 0;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == body.Length;
    }

    /// <summary>A hexadecimal literal such as 0x1.8p1 (the binary exponent is required, as in Java).</summary>
    private static bool TryParseHex(ReadOnlySpan<char> body, out double value)
    {
        value = 0;
        var text = body[2..];
        if (text.Length > 0 && text[^1] is 'd' or 'D' or 'f' or 'F')
        {
            text = text[..^1];
        }

        var p = text.IndexOfAny('p', 'P');
        if (p < 0 || !int.TryParse(text[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            return false;
        }

        var mantissa = text[..p];
        var point = mantissa.IndexOf('.');
        var fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        double significand = 0;
        var any = false;
        foreach (var c in mantissa)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            significand = (significand * 16) + Convert.ToInt32(c.ToString(), 16);
            any = true;
        }

        value = any ? significand * Math.Pow(2, exponent - (4 * fractionDigits)) : 0;
        return any;
    }
}
