using Microsoft.Win32.SafeHandles;
using Render.Imaging.Rendering;

namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// The image files of one render request (<see cref="TileImageLoader.Open"/>), each opened once:
/// the lookup that tells whether a file exists is the open itself, and the decode reads the open
/// file instead of finding the path again (a decoded image in the cache is not read at all). Files
/// are opened as the levels that need them are loaded, so a request served by a derived mipmap
/// level never opens level 0. A request keeps at most <see cref="MaxOpenFiles"/> files open; the
/// others are looked up and read by path. Dispose it when the request is rendered. Safe for the
/// renderer's parallel loads.
/// </summary>
public sealed class OpenedImages : ITileImageLoader, IDisposable
{
    /// <summary>The most files one request keeps open (a layer can hold thousands of tiles).</summary>
    public const int MaxOpenFiles = 256;

    private readonly TileImageLoader _loader;
    private readonly Dictionary<string, (string Path, SafeFileHandle? Handle)> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _open;

    internal OpenedImages(TileImageLoader loader) => _loader = loader;

    /// <summary>How many files are open.</summary>
    public int OpenFiles
    {
        get
        {
            lock (_lock)
            {
                return _open;
            }
        }
    }

    /// <inheritdoc/>
    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => _loader.GetFullScaleSize(channel, this);

    /// <inheritdoc/>
    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) => _loader.Load(channel, level, withMask, this);

    /// <summary>Closes the files.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var (_, handle) in _files.Values)
            {
                handle?.Dispose();
            }

            _files.Clear();
            _open = 0;
        }
    }

    /// <summary>The checked path of <paramref name="url"/> and its open handle (null beyond the limit), or null when it was not opened here.</summary>
    internal (string Path, SafeFileHandle? Handle)? FileOf(string url)
    {
        lock (_lock)
        {
            return _files.TryGetValue(url, out var file) ? file : null;
        }
    }

    /// <summary>
    /// Opens the allowed local file at <paramref name="path"/> (behind <paramref name="url"/>) once:
    /// false when there is no such file (a folder included). A file that exists but cannot be opened
    /// now is kept by path for the loader, which reports it as it reads.
    /// </summary>
    internal bool TryOpen(string url, string path)
    {
        lock (_lock)
        {
            if (_files.ContainsKey(url))
            {
                return true;
            }

            if (_open < MaxOpenFiles)
            {
                try
                {
                    _files[url] = (path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read));
                    _open++;
                    return true;
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                {
                    return false;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A folder, or a file this process may not read: File.Exists below says which render means.
                }
            }

            if (!File.Exists(path))
            {
                return false;
            }

            _files[url] = (path, null);
            return true;
        }
    }
}
