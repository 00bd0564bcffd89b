using Render.Model.Transforms;

namespace Render.Model.Json;

/// <summary>
/// Reads and writes a place that holds a list spec (a tile's <c>transforms</c>). A missing
/// <c>type</c> means list here; a JSON null means no transforms; and the legacy array form
/// (<c>"transforms": [ {...}, ... ]</c>, no longer read by render) is accepted as the list it means.
/// </summary>
internal sealed class ListTransformSpecConverter : JsonConverter<ListTransformSpec>
{
    public override bool HandleNull => true;

    public override ListTransformSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ListTransformSpec.Empty;
            case JsonTokenType.StartArray:
                var specs = new List<TransformSpec>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    specs.Add(TransformSpecConverter.ReadSpec(ref reader, LeafTransformSpec.TypeName));
                }

                return new ListTransformSpec(specs);
            default:
                var spec = TransformSpecConverter.ReadSpec(ref reader, ListTransformSpec.TypeName);
                return spec as ListTransformSpec
                    ?? throw new JsonException($"expected a list transform spec but found type '{spec.Type}'");
        }
    }

    public override void Write(Utf8JsonWriter writer, ListTransformSpec value, JsonSerializerOptions options) =>
        TransformSpecConverter.WriteSpec(writer, value);
}
