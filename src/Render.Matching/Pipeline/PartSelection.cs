namespace Render.Matching.Pipeline;

/// <summary>
/// A deterministic share of a run's pairs for one of several jobs (<c>--part I/N</c>, a Slurm array
/// task, a Kubernetes completion index): part i of n takes the contiguous block
/// [⌊i·count/n⌋, ⌊(i+1)·count/n⌋), so every pair is in exactly one part, parts differ by at most one
/// pair, and neighbouring pairs (which share canvases) stay together for the feature cache.
/// </summary>
public static class PartSelection
{
    /// <summary>The first index and the number of items of part <paramref name="part"/> (0-based) of <paramref name="parts"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, fewer than one part, or a part outside [0, parts).</exception>
    public static (int Start, int Length) Range(int count, int part, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (part < 0 || part >= parts)
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"part must be in [0, {parts})");
        }

        var start = (int)((long)part * count / parts);
        var end = (int)((long)(part + 1) * count / parts);
        return (start, end - start);
    }

    /// <summary>Whether item <paramref name="index"/> of <paramref name="count"/> belongs to part <paramref name="part"/> of <paramref name="parts"/>.</summary>
    public static bool Contains(int index, int count, int part, int parts)
    {
        var (start, length) = Range(count, part, parts);
        return index >= start && index < start + length;
    }

    /// <summary>The items of part <paramref name="part"/> of <paramref name="parts"/>.</summary>
    public static IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, int part, int parts)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (start, length) = Range(items.Count, part, parts);
        return [.. items.Skip(start).Take(length)];
    }
}
