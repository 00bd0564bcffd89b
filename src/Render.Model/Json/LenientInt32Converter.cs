namespace Render.Model.Json;

/// <summary>Integers as render reads them (see <see cref="LenientScalars"/>).</summary>
internal sealed class LenientInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientScalars.ReadInt32(ref reader);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
