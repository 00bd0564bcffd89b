using System.Buffers;
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
    private static JsonTextBuffer? _text;

    public override Matches Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw LenientScalars.Unexpected("a matches object", ref reader);
        }

        // Values are written straight into one reused buffer as they arrive; only when they do not
        // arrive as p, q, w is the text put in that order afterwards.
        var text = _text ??= new JsonTextBuffer(16 * 1024);
        text.Reset();
        Range p = default, q = default, w = default;
        int? weightCount = null;
        var ordered = true;
        var last = ' ';
        text.Append((byte)'{');
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("p"u8) ? 'p' : reader.ValueTextEquals("q"u8) ? 'q' : reader.ValueTextEquals("w"u8) ? 'w' : ' ';
            reader.Read();
            if (name == ' ' || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (last != ' ')
            {
                text.Append((byte)',');
            }

            ordered &= name > last;
            last = name;
            text.Append(name switch { 'p' => "\"p\":"u8, 'q' => "\"q\":"u8, _ => "\"w\":"u8 });
            var start = text.Length;
            var count = Capture(ref reader, text, rows: name != 'w');
            var range = new Range(start, text.Length);
            (p, q, w, weightCount) = name switch
            {
                'p' => (range, q, w, weightCount),
                'q' => (p, range, w, weightCount),
                _ => (p, q, range, count),
            };
        }

        text.Append((byte)'}');
        var layout = new Layout(p, q, w, weightCount);
        var json = text.Written.ToArray();
        return ordered ? new Matches(json, layout) : Reorder(json, layout);
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
    public static Matches Swap(byte[] json, Layout layout) => Compose(json, layout with { P = layout.Q, Q = layout.P });

    /// <summary>The values of <paramref name="json"/> written in p, q, w order.</summary>
    private static Matches Reorder(byte[] json, Layout layout) => Compose(json, layout);

    /// <summary>New matches text with the values at <paramref name="from"/>'s p, q and w ranges of <paramref name="json"/>.</summary>
    private static Matches Compose(byte[] json, Layout from)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        Range p = default, q = default, w = default;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            p = Copy(writer, buffer, "p", json, from.P);
            q = Copy(writer, buffer, "q", json, from.Q);
            w = Copy(writer, buffer, "w", json, from.W);
            writer.WriteEndObject();
        }

        return new Matches(buffer.WrittenSpan.ToArray(), new Layout(p, q, w, from.WeightCount));
    }

    /// <summary>
    /// Copies the value the reader is on (an array of numbers, or of such arrays when
    /// <paramref name="rows"/>) to <paramref name="text"/> as compact JSON; returns its length.
    /// </summary>
    private static int Capture(ref Utf8JsonReader reader, JsonTextBuffer text, bool rows)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw LenientScalars.Unexpected("an array", ref reader);
        }

        text.Append((byte)'[');
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count > 0)
            {
                text.Append((byte)',');
            }

            if (rows && reader.TokenType == JsonTokenType.StartArray)
            {
                text.Append((byte)'[');
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first)
                    {
                        text.Append((byte)',');
                    }

                    first = false;
                    CopyNumber(ref reader, text);
                }

                text.Append((byte)']');
            }
            else if (rows && reader.TokenType == JsonTokenType.Null)
            {
                text.Append("null"u8);
            }
            else if (rows)
            {
                throw LenientScalars.Unexpected("an array of numbers", ref reader);
            }
            else
            {
                CopyNumber(ref reader, text);
            }

            count++;
        }

        text.Append((byte)']');
        return count;
    }

    private static void CopyNumber(ref Utf8JsonReader reader, JsonTextBuffer text)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            text.AppendJavaDouble(LenientScalars.ReadDouble(ref reader));
        }
        else if (reader.HasValueSequence)
        {
            // The token is valid JSON number text; kept as given.
            text.Append(reader.ValueSequence.ToArray());
        }
        else
        {
            text.Append(reader.ValueSpan);
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
