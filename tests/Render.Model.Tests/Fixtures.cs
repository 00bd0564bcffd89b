namespace Render.Model.Tests;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Every JSON file of the fixtures, as paths relative to <see cref="Root"/> with '/' separators.</summary>
    public static IEnumerable<string> AllJsonFiles() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
