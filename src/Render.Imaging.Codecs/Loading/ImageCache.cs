using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Loading;

/// <summary>
/// A bounded, thread-safe least-recently-used cache of decoded images and generated mipmaps
/// (render's ImageProcessorCache), limited by pixel bytes. Cached rasters are shared and never
/// modified; concurrent requests for one key decode it once.
/// </summary>
public sealed class ImageCache
{
    /// <summary>The default limit: 1 GiB of pixels.</summary>
    public const long DefaultMaxBytes = 1L << 30;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    /// <summary>Creates a cache holding at most <paramref name="maxBytes"/> of pixels.</summary>
    public ImageCache(long maxBytes = DefaultMaxBytes) => MaxBytes = maxBytes;

    /// <summary>The limit.</summary>
    public long MaxBytes { get; }

    /// <summary>Pixel bytes held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Lookups answered from the cache.</summary>
    public long Hits { get; private set; }

    /// <summary>The raster for <paramref name="key"/>, created by <paramref name="create"/> on a miss.</summary>
    public Raster GetOrAdd(string key, Func<Raster> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        Lazy<Raster> lazy;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Hits++;
                lazy = node.Value.Value;
            }
            else
            {
                lazy = new Lazy<Raster>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[key] = _recency.AddFirst(new Entry(key, lazy));
            }
        }

        try
        {
            var raster = lazy.Value;
            Account(key, lazy, raster.ByteCount);
            return raster;
        }
        catch
        {
            Remove(key, lazy);
            throw;
        }
    }

    private void Account(string key, Lazy<Raster> lazy, long bytes)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node) || node.Value.Value != lazy || node.Value.Bytes > 0)
            {
                return;
            }

            node.Value = node.Value with { Bytes = bytes };
            _bytes += bytes;
            while (_bytes > MaxBytes && _recency.Last is { } last && last != node)
            {
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
                _bytes -= last.Value.Bytes;
            }
        }
    }

    private void Remove(string key, Lazy<Raster> lazy)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node) && node.Value.Value == lazy)
            {
                _recency.Remove(node);
                _entries.Remove(key);
                _bytes -= node.Value.Bytes;
            }
        }
    }

    private sealed record Entry(string Key, Lazy<Raster> Value, long Bytes = 0);
}
