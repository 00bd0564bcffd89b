namespace Render.Model.Json;

/// <summary>Floats (for example <c>RenderParameters.quality</c>) written as Java's <c>Float.toString</c>: <c>0.85</c>, not the widened double.</summary>
internal sealed class JavaFloatConverter : JsonConverter<float>
{
    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientScalars.ReadFloat(ref reader);

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) =>
        LenientScalars.WriteFloat(writer, value);
}
