using System.Globalization;

namespace Render.Model.Jobs;

/// <summary>
/// Which share of a run this process does, so that a cluster job array can split it: part
/// <see cref="Index"/> (0-based) of <see cref="Count"/>. Work items are cut into <see cref="Count"/>
/// contiguous runs of at most ceil(n / count) items, as render's MipmapClient splits a layer's tiles by
/// render group (box pyramids split whole 2^maxLevel areas instead). One type for every job that a
/// cluster array splits: point matching, mipmaps, box pyramids and volume export.
/// </summary>
public sealed record WorkPart
{
    /// <summary>A part; <paramref name="index"/> is 0-based.</summary>
    /// <exception cref="ArgumentException">The count is below 1 or the index is outside 0..count-1.</exception>
    public WorkPart(int index, int count)
    {
        if (count < 1 || index < 0 || index >= count)
        {
            throw new ArgumentException($"part {index + 1} of {count} does not exist: parts are numbered from 1 to a count of at least 1");
        }

        Index = index;
        Count = count;
    }

    /// <summary>The whole run in one part.</summary>
    public static WorkPart All { get; } = new(0, 1);

    /// <summary>0-based part number.</summary>
    public int Index { get; }

    /// <summary>How many parts the run is split into.</summary>
    public int Count { get; }

    /// <summary>render's renderGroup (1-n) and numberOfRenderGroups, with its messages; both absent is the whole run.</summary>
    /// <exception cref="ArgumentException">Only one is given, or the group is out of range.</exception>
    public static WorkPart FromRenderGroup(int? renderGroup, int? numberOfRenderGroups)
    {
        if (renderGroup is null)
        {
            return numberOfRenderGroups is null
                ? All
                : throw new ArgumentException("renderGroup (1-n) must be specified when numberOfRenderGroups are specified");
        }

        if (numberOfRenderGroups is null)
        {
            throw new ArgumentException("numberOfRenderGroups must be specified when renderGroup is specified");
        }

        if (renderGroup < 1)
        {
            throw new ArgumentException("renderGroup values start at 1");
        }

        return renderGroup > numberOfRenderGroups
            ? throw new ArgumentException($"numberOfRenderGroups ({numberOfRenderGroups}) must be greater than the renderGroup ({renderGroup})")
            : new WorkPart(renderGroup.Value - 1, numberOfRenderGroups.Value);
    }

    /// <summary>Reads <c>i/n</c> (1-based, as a job array numbers its tasks).</summary>
    /// <exception cref="ArgumentException">Not of that form.</exception>
    public static WorkPart Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return new WorkPart(number - 1, count);
        }

        throw new ArgumentException($"part '{text}' is not of the form i/n (for example 3/10)");
    }

    /// <summary>The items [Start, End) of <paramref name="itemCount"/> that belong to this part (render's MipmapClient split).</summary>
    public (int Start, int End) Slice(int itemCount)
    {
        var perPart = (int)Math.Ceiling((double)itemCount / Count);
        var start = Math.Min(itemCount, Index * perPart);
        return (start, Math.Min(itemCount, start + perPart));
    }

    /// <summary>The items of <paramref name="items"/> that belong to this part, in their order (see <see cref="Slice"/>).</summary>
    public IReadOnlyList<T> Take<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (start, end) = Slice(items.Count);
        var taken = new T[end - start];
        for (var i = start; i < end; i++)
        {
            taken[i - start] = items[i];
        }

        return taken;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index + 1}/{Count}";
}
