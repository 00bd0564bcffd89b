using System.Buffers;
using System.Globalization;
using System.Text;
using Render.Geometry.Numerics;

namespace Render.Model.Json;

/// <summary>
/// Reads and writes JSON scalars the way render's Jackson 2.11 mapper does: numbers may arrive as
/// strings and strings as numbers (scalar coercion is on by default), a fractional number read
/// into an integer field is truncated (<c>ACCEPT_FLOAT_AS_INT</c>), a JSON null read into a Java
/// primitive gives its zero, and doubles and floats are written as Java prints them.
/// </summary>
internal static class LenientScalars
{
    public static double ReadDouble(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetDouble(out var value) ? value : ParseDouble(RawText(ref reader)),
        JsonTokenType.String => ParseDouble(reader.GetString()!),
        JsonTokenType.Null => 0,
        _ => throw Unexpected("a number", ref reader),
    };

    public static float ReadFloat(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetSingle(out var value) ? value : (float)ParseDouble(RawText(ref reader)),
        JsonTokenType.String => (float)ParseDouble(reader.GetString()!),
        JsonTokenType.Null => 0,
        _ => throw Unexpected("a number", ref reader),
    };

    public static int ReadInt32(ref Utf8JsonReader reader) => (int)ReadInteger(ref reader, int.MinValue, int.MaxValue, "32-bit");

    public static long ReadInt64(ref Utf8JsonReader reader) => ReadInteger(ref reader, long.MinValue, long.MaxValue, "64-bit");

    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        JsonTokenType.Number => reader.TryGetInt64(out var number) ? number != 0 : throw Unexpected("a boolean", ref reader),
        JsonTokenType.String => ParseBoolean(reader.GetString()!),
        _ => throw Unexpected("a boolean", ref reader),
    };

    /// <summary>A string, or the literal text of a number or boolean (Jackson coerces those).</summary>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => reader.GetString(),
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw Unexpected("a string", ref reader),
    };

    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        Span<char> chars = stackalloc char[JavaNumberFormat.MaxLength];
        WriteJavaNumber(writer, chars[..JavaNumberFormat.FormatDouble(value, chars)], double.IsFinite(value));
    }

    public static void WriteFloat(Utf8JsonWriter writer, float value)
    {
        Span<char> chars = stackalloc char[JavaNumberFormat.MaxLength];
        WriteJavaNumber(writer, chars[..JavaNumberFormat.FormatFloat(value, chars)], float.IsFinite(value));
    }

    public static JsonException Unexpected(string expected, ref Utf8JsonReader reader) =>
        new($"expected {expected} but found {Describe(ref reader)}");

    private static void WriteJavaNumber(Utf8JsonWriter writer, ReadOnlySpan<char> text, bool finite)
    {
        if (!finite)
        {
            // Jackson quotes NaN and the infinities (QUOTE_NON_NUMERIC_NUMBERS), keeping the JSON valid.
            writer.WriteStringValue(text);
            return;
        }

        Span<byte> utf8 = stackalloc byte[JavaNumberFormat.MaxLength];
        var length = Encoding.ASCII.GetBytes(text, utf8);
        writer.WriteRawValue(utf8[..length], skipInputValidation: true);
    }

    private static long ReadInteger(ref Utf8JsonReader reader, long min, long max, string width)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole) && whole >= min && whole <= max)
                {
                    return whole;
                }

                var number = reader.GetDouble();
                if (number >= min && number <= max)
                {
                    return (long)Math.Truncate(number);
                }

                throw new JsonException($"number {RawText(ref reader)} is out of range for a {width} integer");
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
                {
                    return parsed;
                }

                throw new JsonException($"'{text}' is not a {width} integer");
            case JsonTokenType.Null:
                return 0;
            default:
                throw Unexpected("an integer", ref reader);
        }
    }

    private static double ParseDouble(string text)
    {
        // Java's Double.parseDouble: surrounding white space and a d/f type suffix are allowed.
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 1 && trimmed[^1] is 'd' or 'D' or 'f' or 'F' && trimmed[^2] is (>= '0' and <= '9') or '.')
        {
            trimmed = trimmed[..^1];
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not a number");
    }

    private static bool ParseBoolean(string text) => text.Trim() switch
    {
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) || t.Length == 0 => false,
        _ => throw new JsonException($"'{text}' is not a boolean (true or false)"),
    };

    private static string RawText(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan);

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string \"{reader.GetString()}\"",
        JsonTokenType.Number => $"the number {RawText(ref reader)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        var other => other.ToString(),
    };
}
