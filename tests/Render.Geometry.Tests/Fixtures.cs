using System.Text.Json;

namespace Render.Geometry.Tests;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    /// <summary>The <c>dataString</c> of a leaf transform-spec fixture.</summary>
    public static string DataStringOf(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, relativePath)));
        return document.RootElement.GetProperty("dataString").GetString()
            ?? throw new InvalidOperationException($"{relativePath} has a null dataString");
    }
}
