namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// Which image locations may be read: local files (<c>file:</c> URLs or paths) under one of the
/// configured roots. Other schemes (http, s3, ...) are refused, so a request cannot make the
/// server fetch arbitrary URLs or read arbitrary files.
/// </summary>
public sealed class ImageAccessPolicy
{
    private readonly string[] _roots;

    /// <summary>A policy allowing files under <paramref name="roots"/> (full paths, symbolic links not resolved).</summary>
    public ImageAccessPolicy(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Select(root => Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)))];
    }

    private ImageAccessPolicy()
    {
        _roots = [];
        AllowsAnyFile = true;
    }

    /// <summary>Any local file may be read (the command line, run by the user on their own files).</summary>
    public static ImageAccessPolicy AnyLocalFile { get; } = new();

    /// <summary>True when no root restricts local files.</summary>
    public bool AllowsAnyFile { get; }

    /// <summary>The allowed roots.</summary>
    public IReadOnlyList<string> Roots => _roots;

    /// <summary>The local path of <paramref name="url"/> when it may be read.</summary>
    /// <exception cref="ImageAccessException">The location is not allowed.</exception>
    public string Authorize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = ToLocalPath(url)
            ?? throw new ImageAccessException($"image location '{url}' is not allowed: only local files (file: URLs or paths) can be read by this server");
        var full = Path.GetFullPath(path);
        if (AllowsAnyFile || _roots.Any(root => IsUnder(full, root)))
        {
            return full;
        }

        throw new ImageAccessException(
            $"image location '{url}' is not allowed: it is outside the image roots this server may read ({(_roots.Length == 0 ? "none configured; start the server with --image-root" : string.Join(", ", _roots))})");
    }

    /// <summary>The local path a <c>file:</c> URL or plain path names, or null for another scheme.</summary>
    public static string? ToLocalPath(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            // file:/a, file:///a and file://localhost/a all name /a; %xx escapes are decoded.
            var rest = url[5..];
            if (rest.StartsWith("//", StringComparison.Ordinal))
            {
                var slash = rest.IndexOf('/', 2);
                rest = slash < 0 ? "/" : rest[slash..];
            }

            return Uri.UnescapeDataString(rest);
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var isScheme = colon > 1 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
        return isScheme ? null : url;
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root, StringComparison.Ordinal)
        && (path.Length == root.Length || path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar));
}
