using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Render.Model.Tiles;

namespace Render.Model.Json;

/// <summary>
/// Reads <c>{"0": {...}, "1": {...}}</c> straight into a <see cref="MipmapLevelDictionary"/>; the keys are
/// read as Java's <c>Integer.valueOf</c> reads them and written in numeric order.
/// </summary>
internal sealed class MipmapLevelDictionaryConverter : JsonConverter<MipmapLevelDictionary>
{
    public override MipmapLevelDictionary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw LenientScalars.Unexpected("a mipmapLevels object", ref reader);
        }

        var imageInfo = (JsonTypeInfo<ImageAndMask>)options.GetTypeInfo(typeof(ImageAndMask));
        var entries = new List<KeyValuePair<int, ImageAndMask>>(4);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var level))
            {
                throw new JsonException($"map key '{key}' is not an integer");
            }

            reader.Read();
            var image = JsonSerializer.Deserialize(ref reader, imageInfo)
                ?? throw new JsonException($"mipmap level {level} has no image");
            entries.Add(new(level, image));
        }

        return entries.Count == 0 ? MipmapLevelDictionary.Empty : new MipmapLevelDictionary(entries);
    }

    public override void Write(Utf8JsonWriter writer, MipmapLevelDictionary value, JsonSerializerOptions options)
    {
        var imageInfo = (JsonTypeInfo<ImageAndMask>)options.GetTypeInfo(typeof(ImageAndMask));
        writer.WriteStartObject();
        foreach (var (level, image) in value)
        {
            writer.WritePropertyName(level.ToString(CultureInfo.InvariantCulture));
            JsonSerializer.Serialize(writer, image, imageInfo);
        }

        writer.WriteEndObject();
    }
}
