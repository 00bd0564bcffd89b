using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Render.Model.PointMatches;

namespace Render.Model.Json;

/// <summary>
/// Reads <see cref="Matches"/> in one pass over the tokens into compact JSON text: number tokens
/// are copied as they are, other scalars are read leniently (as render's Jackson mapper does) and
/// written Java-style, unknown fields are skipped, and p, q and w are written in that order. The
/// text is written back verbatim, so a stored match answer needs no double parsed or formatted.
/// </summary>
internal sealed class MatchesConverter : JsonConverter<Matches>
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public override Matches Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw LenientScalars.Unexpected("a matches object", ref reader);
        }

        var buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        Range p = default, q = default, w = default;
        int? weightCount = null;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            var values = new Dictionary<string, (byte[] Json, int? Count)>(3, StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (name is "p" or "q" or "w" && reader.TokenType != JsonTokenType.Null)
                {
                    values[name] = Capture(ref reader, rows: name != "w");
                }
                else
                {
                    reader.Skip();
                }
            }

            // The fields may come in any order; they are written in render's (p, q, w).
            foreach (var name in (string[])["p", "q", "w"])
            {
                if (values.TryGetValue(name, out var value))
                {
                    writer.WritePropertyName(name);
                    writer.Flush();
                    var start = buffer.WrittenCount;
                    writer.WriteRawValue(value.Json, skipInputValidation: true);
                    writer.Flush();
                    var range = new Range(start, buffer.WrittenCount);
                    (p, q, w, weightCount) = name switch
                    {
                        "p" => (range, q, w, weightCount),
                        "q" => (p, range, w, weightCount),
                        _ => (p, q, range, value.Count),
                    };
                }
            }

            writer.WriteEndObject();
        }

        return new Matches(buffer.WrittenSpan.ToArray(), new Layout(p, q, w, weightCount));
    }

    public override void Write(Utf8JsonWriter writer, Matches value, JsonSerializerOptions options)
    {
        if (value.Json is { } json)
        {
            writer.WriteRawValue(json, skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        WriteRows(writer, "p", value.P);
        WriteRows(writer, "q", value.Q);
        if (value.W is { } weights)
        {
            writer.WritePropertyName("w");
            WriteRow(writer, weights);
        }

        writer.WriteEndObject();
    }

    /// <summary>The JSON of <paramref name="json"/>'s matches with p and q exchanged.</summary>
    public static Matches Swap(byte[] json, Layout layout)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        Range p = default, q = default, w = default;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            p = Copy(writer, buffer, "p", json, layout.Q);
            q = Copy(writer, buffer, "q", json, layout.P);
            w = Copy(writer, buffer, "w", json, layout.W);
            writer.WriteEndObject();
        }

        return new Matches(buffer.WrittenSpan.ToArray(), new Layout(p, q, w, layout.WeightCount));
    }

    /// <summary>The value the reader is on (an array of numbers, or of such arrays when <paramref name="rows"/>), as compact JSON.</summary>
    private static (byte[] Json, int? Count) Capture(ref Utf8JsonReader reader, bool rows)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw LenientScalars.Unexpected("an array", ref reader);
        }

        writer.WriteStartArray();
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (rows && reader.TokenType == JsonTokenType.StartArray)
            {
                writer.WriteStartArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    CopyNumber(ref reader, writer);
                }

                writer.WriteEndArray();
            }
            else if (rows && reader.TokenType == JsonTokenType.Null)
            {
                writer.WriteNullValue();
            }
            else if (rows)
            {
                throw LenientScalars.Unexpected("an array of numbers", ref reader);
            }
            else
            {
                CopyNumber(ref reader, writer);
            }

            count++;
        }

        writer.WriteEndArray();
        writer.Flush();
        return (buffer.WrittenSpan.ToArray(), count);
    }

    private static void CopyNumber(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            // The token is valid JSON number text; kept as given.
            writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, skipInputValidation: true);
        }
        else
        {
            LenientScalars.WriteDouble(writer, LenientScalars.ReadDouble(ref reader));
        }
    }

    private static Range Copy(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, byte[] json, Range from)
    {
        if (from.Equals(default(Range)))
        {
            return default;
        }

        writer.WritePropertyName(name);
        writer.Flush();
        var start = buffer.WrittenCount;
        writer.WriteRawValue(json.AsSpan(from), skipInputValidation: true);
        writer.Flush();
        return new Range(start, buffer.WrittenCount);
    }

    private static void WriteRows(Utf8JsonWriter writer, string name, double[][]? rows)
    {
        if (rows is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            if (row is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteRow(writer, row);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, double[] row)
    {
        writer.WriteStartArray();
        foreach (var value in row)
        {
            LenientScalars.WriteDouble(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Where p, q and w lie in a matches JSON text (default ranges when absent), and the number of weights.</summary>
    internal readonly record struct Layout(Range P, Range Q, Range W, int? WeightCount);
}
