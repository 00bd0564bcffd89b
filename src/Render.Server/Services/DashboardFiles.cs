using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Render.Server.Errors;

namespace Render.Server.Services;

/// <summary>
/// The dashboard's pages, scripts and styles, embedded in this assembly (from <c>wwwroot/</c>) so
/// that <c>render serve</c> finds them from any working directory and as a packed tool. They are
/// read once, at startup; each carries its content type and a strong ETag of its bytes.
/// </summary>
internal sealed class DashboardFiles
{
    /// <summary>The prefix of the embedded resources' logical names (see Render.Server.csproj).</summary>
    private const string ResourcePrefix = "wwwroot/";

    /// <summary>What a request for the dashboard's root (or any folder) answers.</summary>
    public const string IndexFile = "index.html";

    private readonly FrozenDictionary<string, DashboardFile> _files;

    public DashboardFiles()
    {
        var assembly = typeof(DashboardFiles).Assembly;
        _files = assembly.GetManifestResourceNames()
            .Select(name => (Name: name.Replace('\\', '/'), Resource: name))
            .Where(entry => entry.Name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(entry => entry.Name[ResourcePrefix.Length..], entry => Load(assembly, entry.Resource), StringComparer.Ordinal);
    }

    /// <summary>The relative paths of every file.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>The file at <paramref name="path"/> (relative to the dashboard root; empty or ending in '/' means its index).</summary>
    /// <exception cref="NotFoundException">No such file ships with the dashboard.</exception>
    public DashboardFile Get(string? path)
    {
        var relative = string.IsNullOrEmpty(path) || path.EndsWith('/') ? (path ?? "") + IndexFile : path;
        return _files.TryGetValue(relative, out var file)
            ? file
            : throw new NotFoundException($"the dashboard has no file '{path}'");
    }

    private static DashboardFile Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8))}\"");
        return new DashboardFile(content, ContentTypeOf(resource), etag);
    }

    /// <summary>
    /// The types of what the dashboard ships, with the charset for text: JavaScript must be served
    /// as JavaScript or the browser refuses to run it as a module.
    /// </summary>
    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
