using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Render.Export.Volumes;

/// <summary>Attribute files: written whole, merged key by key into what exists (as N5's setAttributes does).</summary>
internal static class JsonFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject;
        }
        catch (JsonException exception)
        {
            throw new ExportException($"'{path}' is not a JSON object: {exception.Message}", exception);
        }
    }

    public static void Merge(string path, JsonObject attributes)
    {
        var merged = Read(path) ?? [];
        foreach (var (key, value) in attributes)
        {
            merged[key] = value?.DeepClone();
        }

        Write(path, merged);
    }

    public static void Write(string path, JsonObject value) =>
        Files.AtomicFile.Write(path, Encoding.UTF8.GetBytes(value.ToJsonString(Indented)));

    public static JsonArray Array<T>(IEnumerable<T> values) => [.. values.Select(v => JsonValue.Create(v))];
}
