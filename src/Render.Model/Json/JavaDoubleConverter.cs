namespace Render.Model.Json;

/// <summary>Doubles as render reads and writes them (see <see cref="LenientScalars"/>).</summary>
internal sealed class JavaDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientScalars.ReadDouble(ref reader);

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        LenientScalars.WriteDouble(writer, value);
}
