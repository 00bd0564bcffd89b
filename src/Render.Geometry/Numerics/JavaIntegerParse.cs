using System.Globalization;

namespace Render.Geometry.Numerics;

/// <summary>
/// Reads integers as Java's <c>Integer.parseInt(String)</c> does, the parser behind the integer fields of
/// transform data strings (NonLinearCoordinateTransform's dimension, length, width and height): an
/// optional '+' or '-' and decimal digits, nothing else (no white space, no decimal point), within the
/// int range. Anything else fails with Java's message, <c>For input string: "x"</c>. Thread-safe.
/// </summary>
public static class JavaIntegerParse
{
    /// <summary>The int Java reads from <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Java would throw NumberFormatException.</exception>
    public static int ParseInt(ReadOnlySpan<char> text) =>
        TryParseInt(text, out var value) ? value : throw new FormatException($"For input string: \"{text}\"");

    /// <summary>Reads an int as Java does; false where Java throws.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;
        if (digits.IsEmpty)
        {
            return false;
        }

        long magnitude = 0;
        foreach (var c in digits)
        {
            // Java's Character.digit accepts any Unicode decimal digit, not only ASCII.
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return false;
            }

            magnitude = (magnitude * 10) + digit;
            if (magnitude > (long)int.MaxValue + 1)
            {
                return false;
            }
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }
}
