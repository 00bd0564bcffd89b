using System.Text.Json;

namespace Render.Geometry.Tests;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The <c>dataString</c> of a leaf transform-spec fixture.</summary>
    public static string DataStringOf(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(relativePath)));
        return document.RootElement.GetProperty("dataString").GetString()
            ?? throw new InvalidOperationException($"{relativePath} has a null dataString");
    }

    /// <summary>Every (className, dataString) of the leaf transforms in a fixture file, in document order.</summary>
    public static List<(string ClassName, string DataString)> LeafTransforms(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(relativePath)));
        var leaves = new List<(string, string)>();
        Collect(document.RootElement, leaves);
        return leaves;
    }

    private static void Collect(JsonElement element, List<(string, string)> leaves)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("className", out var className) && element.TryGetProperty("dataString", out var dataString))
            {
                leaves.Add((className.GetString()!, dataString.GetString()!));
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, leaves);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, leaves);
            }
        }
    }
}
