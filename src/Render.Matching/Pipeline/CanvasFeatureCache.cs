using Render.Matching.Features;
using Render.Model.PointMatches;

namespace Render.Matching.Pipeline;

/// <summary>
/// The features of a run's canvases, each made once however many pairs need it (concurrent
/// requests wait for the one extraction) and dropped when no remaining pair needs it, or, past the
/// byte bound, least recently used first (a dropped canvas needed again is extracted again).
/// </summary>
internal sealed class CanvasFeatureCache(long maxBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _remainingUses = new(StringComparer.Ordinal);
    private long _bytes;
    private long _clock;

    /// <summary>Records that <paramref name="key"/> will be asked for once more.</summary>
    public void Expect(string key)
    {
        lock (_lock)
        {
            _remainingUses[key] = _remainingUses.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The features of <paramref name="key"/>, made by <paramref name="create"/> when absent; true when this call made them.</summary>
    public async Task<(CachedCanvas Canvas, bool Created)> GetAsync(string key, Func<Task<CachedCanvas>> create)
    {
        Entry entry;
        var created = false;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry(new Lazy<Task<CachedCanvas>>(create, LazyThreadSafetyMode.ExecutionAndPublication));
                _entries[key] = entry;
                created = true;
            }

            entry.LastUse = ++_clock;
        }

        try
        {
            var canvas = await entry.Canvas.Value.ConfigureAwait(false);
            if (created)
            {
                Account(key, entry, canvas.Features.ByteCount);
            }

            return (canvas, created);
        }
        catch
        {
            lock (_lock)
            {
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    _entries.Remove(key);
                }
            }

            throw;
        }
    }

    /// <summary>True while <paramref name="key"/>'s features are being made (by another caller).</summary>
    public bool IsBeingMade(string key)
    {
        lock (_lock)
        {
            return _entries.TryGetValue(key, out var entry) && entry.Canvas.IsValueCreated && !entry.Canvas.Value.IsCompleted;
        }
    }

    /// <summary>One use of <paramref name="key"/> is done; the features go when none is left.</summary>
    public void Release(string key)
    {
        lock (_lock)
        {
            var left = _remainingUses.GetValueOrDefault(key) - 1;
            if (left > 0)
            {
                _remainingUses[key] = left;
                return;
            }

            _remainingUses.Remove(key);
            if (_entries.Remove(key, out var entry))
            {
                _bytes -= entry.Bytes;
            }
        }
    }

    private void Account(string key, Entry entry, long bytes)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var current) || !ReferenceEquals(current, entry))
            {
                return;
            }

            entry.Bytes = bytes;
            _bytes += bytes;
            while (_bytes > maxBytes && _entries.Count > 1)
            {
                var oldest = _entries.Where(pair => pair.Value.Bytes > 0 && !ReferenceEquals(pair.Value, entry)).MinBy(pair => pair.Value.LastUse);
                if (oldest.Key is null)
                {
                    break;
                }

                _entries.Remove(oldest.Key);
                _bytes -= oldest.Value.Bytes;
            }
        }
    }

    private sealed class Entry(Lazy<Task<CachedCanvas>> canvas)
    {
        public Lazy<Task<CachedCanvas>> Canvas { get; } = canvas;

        public long Bytes { get; set; }

        public long LastUse { get; set; }
    }
}

/// <summary>A canvas's id, features, what making them cost and, for a clipped canvas, the full-scale offsets of its strip.</summary>
internal sealed record CachedCanvas(CanvasId Id, CanvasFeatures Features, TimeSpan Render, TimeSpan Extraction, (double X, double Y) ClipOffsets = default);
