using System.Text.RegularExpressions;

namespace Render.Architecture.Tests;

/// <summary>
/// The stores of STYLE.md's storage section, kept so by reading the source: each store is written
/// once (in Render.Storage.Relational, over the engines' dialects), and no store calls another;
/// what two stores share (the stack rows) is a type of its own.
/// </summary>
public sealed partial class StoreIsolationTests
{
    /// <summary>The projects that hold store code.</summary>
    private static readonly string[] StorageProjects = ["Render.Storage.Relational", "Render.Storage.Sqlite", "Render.Storage.Postgres"];

    [Fact]
    public void Stores_DoNotReferenceOneAnother()
    {
        var stores = StoreTypes();

        var violations = stores
            .SelectMany(store => store.Value.SelectMany(file => stores.Keys
                .Where(other => other != store.Key && Mentions(CodeOf(file), other))
                .Select(other => $"{store.Key} ({Path.GetFileName(file)}) uses {other}")))
            .ToList();

        Assert.True(stores.Count >= 3, $"expected the stack, tile and match stores, found {string.Join(", ", stores.Keys)}");
        Assert.Empty(violations);
    }

    [Fact]
    public void Stores_AreWrittenOnce_InTheRelationalProject()
    {
        var elsewhere = StoreTypes()
            .SelectMany(store => store.Value.Select(file => (store.Key, File: file)))
            .Where(declaration => !declaration.File.Contains($"{Path.DirectorySeparatorChar}Render.Storage.Relational{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(declaration => $"{declaration.Key} in {Path.GetRelativePath(Repository.Root, declaration.File)}")
            .ToList();

        Assert.Empty(elsewhere);
    }

    /// <summary>Each class implementing a store interface, with every file that declares (part of) it.</summary>
    private static Dictionary<string, List<string>> StoreTypes()
    {
        var files = StorageProjects
            .Select(name => Path.Combine(Repository.Root, "src", name))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(file => file, CodeOf);
        var names = files.Values.SelectMany(code => StoreDeclaration().Matches(code).Select(match => match.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);
        return names.ToDictionary(
            name => name,
            name => files.Where(file => Regex.IsMatch(file.Value, $@"\bclass\s+{name}\b")).Select(file => file.Key).ToList(),
            StringComparer.Ordinal);
    }

    private static bool Mentions(string code, string typeName) => Regex.IsMatch(code, $@"\b{typeName}\b");

    /// <summary>The file's code without its comments (a cref in a doc comment is not a call).</summary>
    private static string CodeOf(string file) => LineComment().Replace(File.ReadAllText(file), string.Empty);

    /// <summary>A class whose base list names IStackStore, ITileStore or IMatchStore (after an optional primary constructor).</summary>
    [GeneratedRegex(@"\bclass\s+(?<name>\w+)(?:\s*\([^)]*\))?\s*:[^{;]*\bI(?:Stack|Tile|Match)Store\b")]
    private static partial Regex StoreDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
