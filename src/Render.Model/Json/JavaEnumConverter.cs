namespace Render.Model.Json;

/// <summary>
/// An enum written with its Java name. Reading takes the exact Java name, as Jackson does, or an
/// ordinal (Jackson accepts those too); anything else is refused with the names allowed.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class JavaEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var ordinal)
            && ordinal >= 0 && ordinal < JavaEnumNames<TEnum>.Values.Count)
        {
            return JavaEnumNames<TEnum>.Values[ordinal];
        }

        var name = LenientScalars.ReadString(ref reader);
        return JavaEnumNames<TEnum>.TryParse(name, out var value)
            ? value
            : throw new JsonException($"'{name}' is not one of {string.Join(", ", JavaEnumNames<TEnum>.Names)}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JavaEnumNames<TEnum>.NameOf(value));
}
