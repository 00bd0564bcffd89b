using Render.Model.Transforms;

namespace Render.Model.Json;

/// <summary>
/// Reads and writes the transform spec family. As render's Jackson mapper: the <c>type</c>
/// discriminator may stand anywhere in the object (render's own fixtures put it last), a spec
/// without one is a leaf, unknown fields are ignored, and <c>type</c> is written first.
/// </summary>
/// <remarks>
/// Beyond the reference, a spec without <c>type</c> that has a <c>specList</c> is read as a list, and
/// a spec that could never be built (a leaf without className or dataString, a reference without
/// refId, a null list element) is refused here, with render's own message, instead of failing
/// later when the tile is rendered.
/// </remarks>
internal sealed class TransformSpecConverter : JsonConverter<TransformSpec>
{
    public override TransformSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadSpec(ref reader, LeafTransformSpec.TypeName);

    public override void Write(Utf8JsonWriter writer, TransformSpec value, JsonSerializerOptions options) =>
        WriteSpec(writer, value);

    /// <summary>Reads one spec object; <paramref name="defaultType"/> applies when it has no <c>type</c>.</summary>
    internal static TransformSpec ReadSpec(ref Utf8JsonReader reader, string defaultType)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw LenientScalars.Unexpected("a transform spec object", ref reader);
        }

        var fields = new SpecFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Names are compared as UTF-8 in place: no string per property on the import path.
            var field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.Type: fields.Type = LenientScalars.ReadString(ref reader); break;
                case Field.Id: fields.Id = LenientScalars.ReadString(ref reader); break;
                case Field.MetaData: fields.MetaData = ReadMetaData(ref reader); break;
                case Field.ClassName: fields.ClassName = LenientScalars.ReadString(ref reader); break;
                case Field.DataString: fields.DataString = LenientScalars.ReadString(ref reader); break;
                case Field.RefId: fields.RefId = LenientScalars.ReadString(ref reader); break;
                case Field.SpecList: fields.SpecList = ReadSpecList(ref reader); break;
                case Field.A: fields.A = ReadOptionalSpec(ref reader); break;
                case Field.B: fields.B = ReadOptionalSpec(ref reader); break;
                case Field.Lambda: fields.Lambda = reader.TokenType == JsonTokenType.Null ? null : LenientScalars.ReadDouble(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return fields.Build(defaultType);
    }

    private enum Field
    {
        Other,
        Type,
        Id,
        MetaData,
        ClassName,
        DataString,
        RefId,
        SpecList,
        A,
        B,
        Lambda,
    }

    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("type"u8) ? Field.Type
        : reader.ValueTextEquals("className"u8) ? Field.ClassName
        : reader.ValueTextEquals("dataString"u8) ? Field.DataString
        : reader.ValueTextEquals("specList"u8) ? Field.SpecList
        : reader.ValueTextEquals("refId"u8) ? Field.RefId
        : reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("metaData"u8) ? Field.MetaData
        : reader.ValueTextEquals("a"u8) ? Field.A
        : reader.ValueTextEquals("b"u8) ? Field.B
        : reader.ValueTextEquals("lambda"u8) ? Field.Lambda
        : Field.Other;

    private static TransformSpec? ReadOptionalSpec(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadSpec(ref reader, LeafTransformSpec.TypeName);

    internal static void WriteSpec(Utf8JsonWriter writer, TransformSpec spec)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, spec.Type);
        if (spec.Id is not null)
        {
            writer.WriteString("id"u8, spec.Id);
        }

        if (spec.MetaData is not null)
        {
            WriteMetaData(writer, spec.MetaData);
        }

        switch (spec)
        {
            case LeafTransformSpec leaf:
                writer.WriteString("className"u8, leaf.ClassName);
                writer.WriteString("dataString"u8, leaf.DataString);
                break;
            case ListTransformSpec list:
                writer.WriteStartArray("specList"u8);
                foreach (var element in list.SpecList)
                {
                    WriteSpec(writer, element);
                }

                writer.WriteEndArray();
                break;
            case ReferenceTransformSpec reference:
                writer.WriteString("refId"u8, reference.RefId);
                break;
            case InterpolatedTransformSpec interpolated:
                writer.WritePropertyName("a"u8);
                WriteSpec(writer, interpolated.A);
                writer.WritePropertyName("b"u8);
                WriteSpec(writer, interpolated.B);
                writer.WritePropertyName("lambda"u8);
                LenientScalars.WriteDouble(writer, interpolated.Lambda);
                break;
        }

        writer.WriteEndObject();
    }

    private static List<TransformSpec?>? ReadSpecList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw LenientScalars.Unexpected("a specList array", ref reader);
        }

        var specs = new List<TransformSpec?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            specs.Add(reader.TokenType == JsonTokenType.Null ? null : ReadSpec(ref reader, LeafTransformSpec.TypeName));
        }

        return specs;
    }

    private static TransformSpecMetaData? ReadMetaData(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw LenientScalars.Unexpected("a metaData object", ref reader);
        }

        List<string>? labels = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLabels = reader.ValueTextEquals("labels"u8);
            reader.Read();
            if (!isLabels || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw LenientScalars.Unexpected("a labels array", ref reader);
            }

            labels = [];
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (LenientScalars.ReadString(ref reader) is { } label)
                {
                    labels.Add(label);
                }
            }
        }

        return new TransformSpecMetaData(labels);
    }

    private static void WriteMetaData(Utf8JsonWriter writer, TransformSpecMetaData metaData)
    {
        writer.WriteStartObject("metaData"u8);
        if (metaData.Labels is not null)
        {
            writer.WriteStartArray("labels"u8);
            foreach (var label in metaData.Labels)
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
