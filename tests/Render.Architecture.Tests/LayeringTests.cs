using System.Text.RegularExpressions;

namespace Render.Architecture.Tests;

/// <summary>
/// The layering of STYLE.md, kept by reading the project files: references only point downwards,
/// the pure projects stay free of I/O, every source project has its test project, the examples use
/// only the client side, and the solution holds every project (so that one <c>dotnet test</c> runs
/// all tests).
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Each source project and what it may reference. A new project must be added here.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["Render.Geometry"] = [],
        ["Render.Model"] = ["Render.Geometry"],
        ["Render.Imaging"] = ["Render.Model", "Render.Geometry"],
        ["Render.Imaging.Codecs"] = ["Render.Imaging", "Render.Model", "Render.Geometry"],
        ["Render.Storage"] = ["Render.Model", "Render.Geometry"],
        ["Render.Storage.Relational"] = ["Render.Storage", "Render.Model", "Render.Geometry"],
        ["Render.Storage.Sqlite"] = ["Render.Storage.Relational", "Render.Storage", "Render.Model", "Render.Geometry"],
        ["Render.Storage.Postgres"] = ["Render.Storage.Relational", "Render.Storage", "Render.Model", "Render.Geometry"],
        ["Render.Client"] = ["Render.Model", "Render.Geometry"],
        ["Render.Matching"] = ["Render.Imaging.Codecs", "Render.Imaging", "Render.Model", "Render.Geometry"],
        ["Render.Alignment"] = ["Render.Model", "Render.Geometry"],
        ["Render.Server"] =
        [
            "Render.Storage", "Render.Storage.Sqlite", "Render.Storage.Postgres", "Render.Imaging", "Render.Imaging.Codecs",
            "Render.Alignment", "Render.Matching", "Render.Model", "Render.Geometry",
        ],
        ["Render.Export"] = ["Render.Imaging.Codecs", "Render.Imaging", "Render.Model", "Render.Geometry"],
        ["Render.Cli"] =
        [
            "Render.Server", "Render.Client", "Render.Matching", "Render.Alignment", "Render.Export", "Render.Imaging", "Render.Imaging.Codecs",
            "Render.Model", "Render.Geometry",
        ],
    };

    /// <summary>Pure computation: no packages, no framework beyond the base library, no I/O in the code.</summary>
    private static readonly string[] PureProjects = ["Render.Geometry", "Render.Model", "Render.Imaging"];

    [Fact]
    public void SourceProjects_AreAllKnownToTheLayering()
    {
        var unknown = Repository.SourceProjects().Keys.Where(name => !AllowedReferences.ContainsKey(name)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void SourceProjects_ReferenceOnlyLowerLayers()
    {
        var violations = Repository.SourceProjects()
            .Where(project => AllowedReferences.ContainsKey(project.Key))
            .SelectMany(project => Repository.ProjectReferences(project.Value)
                .Where(reference => !AllowedReferences[project.Key].Contains(reference))
                .Select(reference => $"{project.Key} -> {reference}"))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void PureProjects_UseNoPackagesOrFrameworks()
    {
        var violations = Repository.SourceProjects()
            .Where(project => PureProjects.Contains(project.Key))
            .SelectMany(project => Repository.Includes(project.Value, "PackageReference")
                .Concat(Repository.Includes(project.Value, "FrameworkReference"))
                .Select(item => $"{project.Key} uses {item}"))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void PureProjects_DoNoIo()
    {
        var violations = PureProjects
            .Select(name => Path.Combine(Repository.Root, "src", name))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => IoUse().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Value}"))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void SourceProjects_EachHaveATestProject()
    {
        var testProjects = Repository.Projects("tests").Keys.ToHashSet(StringComparer.Ordinal);

        var untested = Repository.SourceProjects().Keys.Where(name => !testProjects.Contains($"{name}.Tests")).ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public void Solution_HoldsEveryProject()
    {
        var solution = File.ReadAllText(Repository.Solution);
        var projects = new[] { "src", "tests", "bench", "examples" }
            .Where(folder => Directory.Exists(Path.Combine(Repository.Root, folder)))
            .SelectMany(folder => Repository.Projects(folder).Keys);

        var missing = projects.Where(name => !solution.Contains($"/{name}.csproj", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Examples_UseOnlyTheClientSide()
    {
        // The guide is what a user of the client writes: it runs against any render-ws, so it may not
        // reach into the server or the stores.
        string[] clientSide = ["Render.Client", "Render.Model", "Render.Geometry"];
        var violations = Repository.Projects("examples")
            .SelectMany(project => Repository.ProjectReferences(project.Value)
                .Where(reference => !clientSide.Contains(reference))
                .Select(reference => $"{project.Key} -> {reference}"))
            .ToList();

        Assert.NotEmpty(Repository.Projects("examples"));
        Assert.Empty(violations);
    }

    [GeneratedRegex(@"\bSystem\.(?:IO\.File|IO\.Directory|Net|Data)\b|\b(?:File|Directory|FileStream|HttpClient)\.|\bnew (?:FileStream|HttpClient)\b|Microsoft\.(?:AspNetCore|Data)|Npgsql")]
    private static partial Regex IoUse();
}
