using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>Small readers for JSON responses.</summary>
internal static class JsonRead
{
    /// <summary>The elements of a JSON array of numbers.</summary>
    public static double[] Doubles(JsonNode? array) => [.. array!.AsArray().Select(value => (double)value!)];

    /// <summary>The elements of a JSON array of strings.</summary>
    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(value => (string)value!)];

    /// <summary>The values of <paramref name="keys"/> in a JSON object of numbers.</summary>
    public static double[] Numbers(JsonNode? obj, params string[] keys) => [.. keys.Select(key => (double)obj![key]!)];

    /// <summary>The <c>tileId</c> of every element of a JSON array of objects.</summary>
    public static string[] TileIds(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!["tileId"]!)];

    /// <summary>Whether any object anywhere in <paramref name="node"/> has the given transform <c>type</c>.</summary>
    public static bool HasTransformType(JsonNode? node, string type) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue value && value.TryGetValue<string>(out var text) && text == type)
            || obj.Any(property => HasTransformType(property.Value, type)),
        JsonArray array => array.Any(item => HasTransformType(item, type)),
        _ => false,
    };
}
