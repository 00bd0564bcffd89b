using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Render.Model.Json;

namespace Render.Model.Tiles;

/// <summary>
/// The images of a tile (or channel) by mipmap level, in numeric level order as render's TreeMap
/// keeps them. Immutable; a handful of entries, looked up by binary search.
/// </summary>
[JsonConverter(typeof(MipmapLevelDictionaryConverter))]
public sealed class MipmapLevelDictionary : IReadOnlyDictionary<int, ImageAndMask>, IEquatable<MipmapLevelDictionary>
{
    private readonly int[] _levels;
    private readonly ImageAndMask[] _images;

    /// <summary>
    /// Creates a map of <paramref name="entries"/>; when a level is given twice the later entry wins,
    /// as when JSON repeats a key.
    /// </summary>
    public MipmapLevelDictionary(IEnumerable<KeyValuePair<int, ImageAndMask>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byLevel = new SortedDictionary<int, ImageAndMask>();
        foreach (var (level, image) in entries)
        {
            byLevel[level] = image ?? throw new ArgumentException($"mipmap level {level} has no image", nameof(entries));
        }

        _levels = [.. byLevel.Keys];
        _images = [.. byLevel.Values];
    }

    private MipmapLevelDictionary(int[] levels, ImageAndMask[] images)
    {
        _levels = levels;
        _images = images;
    }

    /// <summary>A map without levels.</summary>
    public static MipmapLevelDictionary Empty { get; } = new([], []);

    /// <inheritdoc/>
    public int Count => _levels.Length;

    /// <summary>The levels, ascending.</summary>
    public IEnumerable<int> Keys => _levels;

    /// <summary>The images, in level order.</summary>
    public IEnumerable<ImageAndMask> Values => _images;

    /// <inheritdoc/>
    public ImageAndMask this[int key] =>
        TryGetValue(key, out var image) ? image : throw new KeyNotFoundException($"no mipmap level {key}");

    /// <summary>Creates a map with one level.</summary>
    public static MipmapLevelDictionary Of(int level, ImageAndMask image) => new([new(level, image)]);

    /// <summary>This map with <paramref name="image"/> at <paramref name="level"/> (replacing any image there).</summary>
    public MipmapLevelDictionary With(int level, ImageAndMask image) => new(this.Append(new(level, image)));

    /// <summary>
    /// The entry of the highest level not above <paramref name="level"/> (render's
    /// <c>getFloorMipmapEntry</c>), or null when every level is above it.
    /// </summary>
    public KeyValuePair<int, ImageAndMask>? FloorEntry(int level)
    {
        var index = Array.BinarySearch(_levels, level);
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 ? new(_levels[index], _images[index]) : null;
    }

    /// <inheritdoc/>
    public bool ContainsKey(int key) => Array.BinarySearch(_levels, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(int key, [MaybeNullWhen(false)] out ImageAndMask value)
    {
        var index = Array.BinarySearch(_levels, key);
        value = index >= 0 ? _images[index] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<int, ImageAndMask>> GetEnumerator()
    {
        for (var i = 0; i < _levels.Length; i++)
        {
            yield return new(_levels[i], _images[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal when both have the same levels with equal images.</summary>
    public bool Equals(MipmapLevelDictionary? other) =>
        other is not null && _levels.AsSpan().SequenceEqual(other._levels) && _images.SequenceEqual(other._images);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MipmapLevelDictionary);

    /// <inheritdoc/>
    public override int GetHashCode() => _levels.Length == 0 ? 0 : HashCode.Combine(_levels.Length, _levels[0], _images[0]);
}
