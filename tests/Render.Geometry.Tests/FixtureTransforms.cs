using System.Text.Json;

namespace Render.Geometry.Tests;

/// <summary>
/// The leaf transforms (className, dataString) found anywhere in the reference fixtures copied next to the
/// test assembly (see tests/TestData/PROVENANCE.md).
/// </summary>
internal static class FixtureTransforms
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    /// <summary>Every (file, className, dataString) whose className is one of <paramref name="classNames"/>, in file order.</summary>
    public static IEnumerable<(string File, string ClassName, string DataString)> Find(params string[] classNames)
    {
        foreach (var path in Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(path));
            }
            catch (JsonException)
            {
                // Some fixtures are deliberately not JSON (templates, a trailing comma).
                continue;
            }

            using (document)
            {
                var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
                foreach (var (className, dataString) in Leaves(document.RootElement).Where(leaf => classNames.Contains(leaf.ClassName)))
                {
                    yield return (relative, className, dataString);
                }
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
