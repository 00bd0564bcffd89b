using System.Collections.Immutable;
using Render.Geometry.Transforms;
using Render.Model.Json;

namespace Render.Model.Transforms;

/// <summary>
/// Specs applied in order, element 0 first; by convention the last one places a tile in the world.
/// A tile's <c>transforms</c> is always a list.
/// </summary>
[JsonConverter(typeof(ListTransformSpecConverter))]
public sealed record ListTransformSpec : TransformSpec
{
    /// <summary>The JSON <c>type</c> of a list.</summary>
    public const string TypeName = "list";

    /// <summary>Creates a list of <paramref name="specList"/>.</summary>
    public ListTransformSpec(IEnumerable<TransformSpec> specList)
    {
        ArgumentNullException.ThrowIfNull(specList);
        SpecList = [.. specList];
        if (SpecList.Any(spec => spec is null))
        {
            throw new ArgumentException("a transform spec list cannot hold null elements", nameof(specList));
        }
    }

    /// <summary>An empty list (the transforms of a tile without any).</summary>
    public static ListTransformSpec Empty { get; } = new([]);

    /// <summary>The elements, in the order they are applied.</summary>
    public ImmutableArray<TransformSpec> SpecList { get; private init; }

    /// <summary>The number of elements.</summary>
    public int Count => SpecList.Length;

    /// <summary>The last element (the world placement, by convention), or null for an empty list.</summary>
    public TransformSpec? LastSpec => SpecList.IsEmpty ? null : SpecList[^1];

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <inheritdoc/>
    public override bool IsFullyResolved => SpecList.All(spec => spec.IsFullyResolved);

    /// <inheritdoc/>
    public override ICoordinateTransform BuildTransform() =>
        new CoordinateTransformList(SpecList.Select(spec => spec.BuildTransform()));

    /// <summary>The transform of this list, as a list (render's <c>getNewInstanceAsList</c>).</summary>
    public CoordinateTransformList BuildTransformList() => (CoordinateTransformList)BuildTransform();

    /// <inheritdoc/>
    public override bool HasLabel(string label) => base.HasLabel(label) || SpecList.Any(spec => spec.HasLabel(label));

    /// <inheritdoc/>
    public override TransformSpec WithoutLabel(string label) => this with
    {
        MetaData = MetaData?.WithoutLabel(label),
        SpecList = [.. SpecList.Select(spec => spec.WithoutLabel(label))],
    };

    /// <summary>This list with <paramref name="spec"/> appended.</summary>
    public ListTransformSpec WithSpecAdded(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return this with { SpecList = SpecList.Add(spec) };
    }

    /// <summary>This list without its last element (unchanged when empty).</summary>
    public ListTransformSpec WithLastSpecRemoved() =>
        SpecList.IsEmpty ? this : this with { SpecList = SpecList.RemoveAt(SpecList.Length - 1) };

    /// <summary>
    /// The flattened list (see <see cref="TransformSpec.Flatten"/>) cut by labels, as render's
    /// <c>flattenAndFilter</c>: first, when <paramref name="excludeAfterLastLabels"/> is not empty,
    /// everything after the last spec having one of them is dropped; then, when
    /// <paramref name="excludeFirstAndAllAfterLabels"/> is not empty, the first spec having one of
    /// them and everything after it is dropped. A label set that no spec has changes nothing.
    /// </summary>
    public ListTransformSpec FlattenAndFilter(
        IReadOnlyCollection<string>? excludeAfterLastLabels,
        IReadOnlyCollection<string>? excludeFirstAndAllAfterLabels)
    {
        var flat = Flatten().SpecList;
        if (excludeAfterLastLabels is { Count: > 0 })
        {
            var last = LastIndexWithLabel(flat, excludeAfterLastLabels);
            if (last >= 0)
            {
                flat = flat[..(last + 1)];
            }
        }

        if (excludeFirstAndAllAfterLabels is { Count: > 0 })
        {
            var first = FirstIndexWithLabel(flat, excludeFirstAndAllAfterLabels);
            if (first >= 0)
            {
                flat = flat[..first];
            }
        }

        return new ListTransformSpec(flat);
    }

    /// <summary>
    /// The flattened specs used to render a tile for point matching: those before the last spec
    /// labelled <c>match</c>, or, without such a label, all but the last (render's <c>getMatchSpecList</c>).
    /// </summary>
    public ListTransformSpec GetMatchSpecList()
    {
        var flat = Flatten().SpecList;
        return new ListTransformSpec(flat[..MatchSplitIndex(flat)]);
    }

    /// <summary>
    /// The flattened specs from the last spec labelled <c>match</c> on, or, without such a label,
    /// just the last one (render's <c>getPostMatchSpecList</c>).
    /// </summary>
    public ListTransformSpec GetPostMatchSpecList()
    {
        var flat = Flatten().SpecList;
        return new ListTransformSpec(flat[MatchSplitIndex(flat)..]);
    }

    internal override void AddUnresolvedIds(ISet<string> ids)
    {
        foreach (var spec in SpecList)
        {
            spec.AddUnresolvedIds(ids);
        }
    }

    internal override TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path)
    {
        ImmutableArray<TransformSpec>.Builder? changed = null;
        for (var i = 0; i < SpecList.Length; i++)
        {
            var resolved = SpecList[i].ResolveWith(resolver, path);
            if (changed is null && !ReferenceEquals(resolved, SpecList[i]))
            {
                changed = SpecList.ToBuilder();
            }

            if (changed is not null)
            {
                changed[i] = resolved;
            }
        }

        return changed is null ? this : this with { SpecList = changed.MoveToImmutable() };
    }

    internal override void AddFlattened(List<TransformSpec> items)
    {
        var start = items.Count;
        foreach (var spec in SpecList)
        {
            spec.AddFlattened(items);
        }

        if (MetaData is null)
        {
            return;
        }

        for (var i = start; i < items.Count; i++)
        {
            var child = items[i];
            items[i] = child with { MetaData = child.MetaData is null ? MetaData : child.MetaData.Merge(MetaData) };
        }
    }

    private static int FirstIndexWithLabel(ImmutableArray<TransformSpec> specs, IReadOnlyCollection<string> labels)
    {
        for (var i = 0; i < specs.Length; i++)
        {
            if (specs[i].HasOneOfTheseLabels(labels))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexWithLabel(ImmutableArray<TransformSpec> specs, IReadOnlyCollection<string> labels)
    {
        for (var i = specs.Length - 1; i >= 0; i--)
        {
            if (specs[i].HasOneOfTheseLabels(labels))
            {
                return i;
            }
        }

        return -1;
    }

    private static int MatchSplitIndex(ImmutableArray<TransformSpec> flat)
    {
        var last = LastIndexWithLabel(flat, [TransformSpecMetaData.MatchLabel]);
        return last >= 0 ? last : Math.Max(0, flat.Length - 1);
    }

    /// <summary>Equality over id, labels and the elements in order.</summary>
    public bool Equals(ListTransformSpec? other) =>
        base.Equals(other) && SpecList.SequenceEqual(other.SpecList);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(base.GetHashCode());
        foreach (var spec in SpecList)
        {
            hash.Add(spec);
        }

        return hash.ToHashCode();
    }
}
