using System.Xml.Linq;

namespace Render.Architecture.Tests;

/// <summary>The checked-out repository the tests run from: its solution and project files.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Solution => Path.Combine(Root, "Render.slnx");

    /// <summary>The source projects, by name (the project file's name without extension).</summary>
    public static IReadOnlyDictionary<string, XDocument> SourceProjects() => Projects("src");

    public static IReadOnlyDictionary<string, XDocument> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => XDocument.Load(path), StringComparer.Ordinal);

    public static IEnumerable<string> Includes(XDocument project, string itemName) =>
        project.Descendants(itemName).Select(item => (string?)item.Attribute("Include")).OfType<string>();

    /// <summary>The names of the projects that <paramref name="project"/> references.</summary>
    public static IEnumerable<string> ProjectReferences(XDocument project) =>
        Includes(project, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Render.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Render.slnx above {AppContext.BaseDirectory}");
    }
}
