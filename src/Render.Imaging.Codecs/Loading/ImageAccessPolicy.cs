namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// Which image locations may be read: local files (<c>file:</c> URLs or paths) under one of the
/// configured roots. Other schemes (http, s3, ...) are refused, so a request cannot make the
/// server fetch arbitrary URLs or read arbitrary files. A file counts as under a root only if its
/// real path does (every symbolic link followed, <c>..</c> taken after the link it follows, as
/// the operating system does): a link inside a root that points outside it is refused.
/// </summary>
public sealed class ImageAccessPolicy
{
    /// <summary>Links followed in one path before it is refused (Linux's own limit is 40).</summary>
    private const int MaxLinks = 40;

    private static readonly AsyncLocal<ImageAccessPolicy?> Ambient = new();

    private readonly string[] _roots;

    /// <summary>A policy allowing files under <paramref name="roots"/> (each taken at its real path).</summary>
    public ImageAccessPolicy(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Select(root => Path.TrimEndingDirectorySeparator(RealPath(root) ?? Path.GetFullPath(root)))];
    }

    private ImageAccessPolicy()
    {
        _roots = [];
        AllowsAnyFile = true;
    }

    /// <summary>Any local file may be read (the command line, run by the user on their own files).</summary>
    public static ImageAccessPolicy AnyLocalFile { get; } = new();

    /// <summary>
    /// The policy of the request being served: <see cref="AnyLocalFile"/> unless set for the
    /// current asynchronous flow (the service sets its own for every request, so that code such as
    /// tile validation, which has no policy of its own, answers for files outside the roots as if
    /// they did not exist). A value set inside an async method reverts when it returns.
    /// </summary>
    public static ImageAccessPolicy Current
    {
        get => Ambient.Value ?? AnyLocalFile;
        set => Ambient.Value = value;
    }

    /// <summary>True when no root restricts local files.</summary>
    public bool AllowsAnyFile { get; }

    /// <summary>The allowed roots.</summary>
    public IReadOnlyList<string> Roots => _roots;

    /// <summary>The real local path of <paramref name="url"/> when it may be read.</summary>
    /// <exception cref="ImageAccessException">The location is not allowed.</exception>
    public string Authorize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = ToLocalPath(url)
            ?? throw new ImageAccessException($"image location '{url}' is not allowed: only local files (file: URLs or paths) can be read by this server");
        if (AllowsAnyFile)
        {
            return Path.GetFullPath(path);
        }

        if (RealPath(path) is { } real && _roots.Any(root => IsUnder(real, root)))
        {
            return real;
        }

        throw new ImageAccessException(
            $"image location '{url}' is not allowed: it is outside the image roots this server may read ({(_roots.Length == 0 ? "none configured; start the server with --image-root" : string.Join(", ", _roots))})");
    }

    /// <summary>True when the local file <paramref name="path"/> may be read (its real path is under a root).</summary>
    public bool Allows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AllowsAnyFile || (RealPath(path) is { } real && _roots.Any(root => IsUnder(real, root)));
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

    /// <summary>
    /// <paramref name="path"/> (absolute, or relative to the working directory) with every symbolic
    /// link followed and <c>.</c> and <c>..</c> applied in order, as the system resolves it; the
    /// part that does not exist is kept as written. Null when links loop or nest too deep.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new List<string>(Parts(absolute[root.Length..]));
        var current = root;
        var links = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part is ".")
            {
                continue;
            }

            if (part is "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // Start again from the link's target, relative to the folder holding the link.
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            var resolvedRoot = Path.GetPathRoot(resolved)!;
            pending = [.. Parts(resolved[resolvedRoot.Length..]), .. pending.Skip(i + 1)];
            current = resolvedRoot;
            i = -1;
        }

        return current;
    }

    private static string[] Parts(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
