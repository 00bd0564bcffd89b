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

    /// <summary>Every (className, dataString) of the leaf transforms in one fixture file, in document order.</summary>
    public static List<(string ClassName, string DataString)> LeafTransforms(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(relativePath)));
        return [.. Leaves(document.RootElement)];
    }

    /// <summary>
    /// Every (file, className, dataString) in all fixtures, in file order, optionally only of
    /// <paramref name="classNames"/>. Files that are deliberately not JSON are skipped.
    /// </summary>
    public static IEnumerable<(string File, string ClassName, string DataString)> FindLeafTransforms(params string[] classNames)
    {
        foreach (var path in Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            List<(string ClassName, string DataString)> leaves;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                leaves = [.. Leaves(document.RootElement)];
            }
            catch (JsonException)
            {
                continue;
            }

            var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            foreach (var (className, dataString) in leaves.Where(leaf => classNames.Length == 0 || classNames.Contains(leaf.ClassName)))
            {
                yield return (relative, className, dataString);
            }
        }
    }

    private static IEnumerable<(string ClassName, string DataString)> Leaves(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("className", out var className) && element.TryGetProperty("dataString", out var dataString)
                && className.ValueKind == JsonValueKind.String && dataString.ValueKind == JsonValueKind.String)
            {
                yield return (className.GetString()!, dataString.GetString()!);
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var leaf in Leaves(property.Value))
                {
                    yield return leaf;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var leaf in Leaves(item))
                {
                    yield return leaf;
                }
            }
        }
    }
}
