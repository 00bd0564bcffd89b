using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Render.Model.Json;

/// <summary>Integers as render reads them; also the numeric keys of <c>mipmapLevels</c> maps.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientScalars.ReadInt32(ref reader);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);

    public override int ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Java reads an Integer map key with Integer.valueOf: optional sign, decimal digits only.
        var text = reader.GetString()!;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
            ? key
            : throw new JsonException($"map key '{text}' is not an integer");
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString(CultureInfo.InvariantCulture));
}
