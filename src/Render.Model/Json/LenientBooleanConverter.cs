namespace Render.Model.Json;

/// <summary>Booleans as render reads them: also "true"/"false" strings and 0/1.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientScalars.ReadBoolean(ref reader);

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);
}
