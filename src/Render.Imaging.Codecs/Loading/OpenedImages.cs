using Microsoft.Win32.SafeHandles;
using Render.Imaging.Rendering;

namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// The image files of one render request, each opened once (<see cref="TileImageLoader.Open"/>):
/// render-ws's check that every tile's first image and mask can be read, made by opening them, so
/// that the loader decodes from the open file instead of looking it up again (a decoded image in
/// the cache is not read at all). A request keeps at most <see cref="MaxOpenFiles"/> files open;
/// the others are checked and opened when they are loaded. Dispose it when the request is rendered.
/// Not thread-safe while it is being filled; reads from it may run in parallel.
/// </summary>
public sealed class OpenedImages : ITileImageLoader, IDisposable
{
    /// <summary>The most files one request keeps open (a layer can hold thousands of tiles).</summary>
    public const int MaxOpenFiles = 256;

    private readonly TileImageLoader _loader;
    private readonly Dictionary<string, (string Path, SafeFileHandle? Handle)> _files = new(StringComparer.Ordinal);
    private int _open;

    internal OpenedImages(TileImageLoader loader) => _loader = loader;

    /// <summary>How many files are open.</summary>
    public int OpenFiles => _open;

    /// <inheritdoc/>
    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => _loader.GetFullScaleSize(channel, this);

    /// <inheritdoc/>
    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) => _loader.Load(channel, level, withMask, this);

    /// <summary>Closes the files.</summary>
    public void Dispose()
    {
        foreach (var (_, handle) in _files.Values)
        {
            handle?.Dispose();
        }

        _files.Clear();
        _open = 0;
    }

    /// <summary>The checked path of <paramref name="url"/> and its open handle (null beyond the limit), or null when it was not opened here.</summary>
    internal (string Path, SafeFileHandle? Handle)? FileOf(string url) => _files.TryGetValue(url, out var file) ? file : null;

    /// <summary>
    /// Opens the allowed local file behind <paramref name="url"/> once. A file that does not exist
    /// is refused with render's message; one that exists but cannot be opened now is left for the
    /// loader, which reports it as it reads.
    /// </summary>
    /// <exception cref="ImageAccessException">The location is not allowed.</exception>
    /// <exception cref="ArgumentException">The file does not exist.</exception>
    internal void Add(string url, string path, string? tileId)
    {
        if (_files.ContainsKey(url))
        {
            return;
        }

        if (_open == MaxOpenFiles)
        {
            _files[url] = File.Exists(path) ? (path, null) : throw TileImageLoader.Missing(url, null, tileId);
            return;
        }

        try
        {
            _files[url] = (path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read));
            _open++;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder, or a file this process may not read: File.Exists says which render means.
            _files[url] = e is not (FileNotFoundException or DirectoryNotFoundException) && File.Exists(path)
                ? (path, null)
                : throw TileImageLoader.Missing(url, null, tileId);
        }
    }
}
