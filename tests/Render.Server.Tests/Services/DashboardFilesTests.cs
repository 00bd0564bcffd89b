using System.Text;
using System.Text.RegularExpressions;
using Render.Server.Errors;
using Render.Server.Services;

namespace Render.Server.Tests.Services;

/// <summary>The embedded dashboard: every file has a type, and the pages only refer to files that ship.</summary>
public sealed partial class DashboardFilesTests
{
    private readonly DashboardFiles _files = new();

    [Fact]
    public void Files_IncludeEveryPage()
    {
        Assert.Subset(_files.Paths.ToHashSet(), new HashSet<string> { "index.html", "stacks.html", "stack.html", "layer.html", "matches.html" });
    }

    [Fact]
    public void Files_AllHaveAKnownContentType()
    {
        var unknown = _files.Paths.Where(path => _files.Get(path).ContentType == "application/octet-stream").ToList();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Get_TheRoot_IsTheIndex(string? path)
    {
        Assert.Same(_files.Get("index.html"), _files.Get(path));
    }

    [Fact]
    public void Get_AnUnknownPath_IsNotFound()
    {
        var error = Assert.Throws<NotFoundException>(() => _files.Get("../v1/owners"));

        Assert.Equal("the dashboard has no file '../v1/owners'", error.Message);
    }

    [Fact]
    public void Pages_ReferOnlyToShippedFiles()
    {
        var missing = _files.Paths
            .SelectMany(path => References(path).Select(reference => (From: path, To: reference)))
            .Where(link => !_files.Paths.Contains(link.To))
            .Select(link => $"{link.From} -> {link.To}")
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>
    /// The dashboard files that <paramref name="path"/> refers to: HTML href and src, JavaScript
    /// imports and page links; references to the API ('../') and absolute URLs are left out.
    /// </summary>
    private IEnumerable<string> References(string path)
    {
        var text = Encoding.UTF8.GetString(_files.Get(path).Content);
        var folder = path.Contains('/', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : "";
        var (pattern, relativeTo) = Path.GetExtension(path) switch
        {
            ".html" => (HtmlReference(), ""),
            ".js" => (ScriptReference(), folder),
            _ => (null, ""),
        };
        return pattern is null
            ? []
            : pattern.Matches(text)
                .Select(match => match.Groups["target"].Value.Split('?', '#')[0])
                .Where(target => target.Length > 0 && !target.StartsWith("../", StringComparison.Ordinal) && !target.Contains(':', StringComparison.Ordinal))
                .Select(target => target.StartsWith("./", StringComparison.Ordinal) ? relativeTo + target[2..] : target);
    }

    [GeneratedRegex("""(?:href|src)="(?<target>[^"]*)""")]
    private static partial Regex HtmlReference();

    /// <summary>Module imports resolve against the script's folder; page links against the page (the root).</summary>
    [GeneratedRegex("""(?:(?:from|import) '(?<target>\./[^']+)'|pageLink\('(?<target>[^']+)')""")]
    private static partial Regex ScriptReference();
}
