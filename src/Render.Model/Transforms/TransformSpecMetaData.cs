namespace Render.Model.Transforms;

/// <summary>
/// The <c>metaData</c> of a transform spec: a set of labels. render reads only <c>labels</c>; other
/// keys (the legacy <c>group</c>, <c>temca</c>, <c>camera</c>) are ignored on input, as there.
/// </summary>
/// <remarks>Labels keep the order they were first given in; equality treats them as a set.</remarks>
public sealed record TransformSpecMetaData
{
    /// <summary>The label of lens-correction transforms (render's <c>LENS_CORRECTION_LABEL</c>).</summary>
    public const string LensCorrectionLabel = "lens";

    /// <summary>The label marking where the transforms used for point-match rendering end.</summary>
    public const string MatchLabel = "match";

    /// <summary>Creates metadata with <paramref name="labels"/> (duplicates dropped), or with no label set.</summary>
    public TransformSpecMetaData(IEnumerable<string>? labels)
    {
        Labels = labels?.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Metadata without a label set (written as <c>{}</c>).</summary>
    public static TransformSpecMetaData Empty { get; } = new((IEnumerable<string>?)null);

    /// <summary>The labels, or null when the metadata has no label set.</summary>
    public IReadOnlyList<string>? Labels { get; }

    /// <summary>True when <paramref name="label"/> is one of the labels.</summary>
    public bool HasLabel(string label) => Labels?.Contains(label, StringComparer.Ordinal) == true;

    /// <summary>This metadata with <paramref name="label"/> added.</summary>
    public TransformSpecMetaData WithLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return HasLabel(label) ? this : new TransformSpecMetaData([.. Labels ?? [], label]);
    }

    /// <summary>This metadata without <paramref name="label"/>.</summary>
    public TransformSpecMetaData WithoutLabel(string label) =>
        HasLabel(label) ? new TransformSpecMetaData(Labels!.Where(l => l != label)) : this;

    /// <summary>The union of these labels and the <paramref name="parent"/>'s (these first), as render merges a list's labels into its elements.</summary>
    public TransformSpecMetaData Merge(TransformSpecMetaData parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent.Labels is null ? this : new TransformSpecMetaData([.. Labels ?? [], .. parent.Labels]);
    }

    /// <summary>Equality over the label sets.</summary>
    public bool Equals(TransformSpecMetaData? other) =>
        other is not null
        && (Labels is null ? other.Labels is null : other.Labels is not null && Labels.ToHashSet(StringComparer.Ordinal).SetEquals(other.Labels));

    /// <inheritdoc/>
    public override int GetHashCode() => Labels?.Count ?? -1;
}
