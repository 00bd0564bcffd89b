using Render.Geometry.Transforms;
using Render.Model.Json;

namespace Render.Model.Transforms;

/// <summary>
/// A transform specification as render stores it: a <see cref="LeafTransformSpec"/> (one
/// coordinate transform class and its data string), a <see cref="ListTransformSpec"/> (applied in
/// order, element 0 first), a <see cref="ReferenceTransformSpec"/> (to a shared spec by id) or an
/// <see cref="InterpolatedTransformSpec"/> (a blend of two specs).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Operations return new specs; unlike the reference, nothing is
/// changed in place (render's flatten writes parent labels into the shared leaf objects).
/// Equality is structural over what the JSON holds (type, id, labels, content).
/// </remarks>
[JsonConverter(typeof(TransformSpecConverter))]
public abstract record TransformSpec
{
    private protected TransformSpec()
    {
    }

    /// <summary>The id other specs refer to this one by (shared transforms), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Labels such as <c>lens</c> and <c>match</c>, or null.</summary>
    public TransformSpecMetaData? MetaData { get; init; }

    /// <summary>The JSON <c>type</c> discriminator: leaf, list, ref or interpolated.</summary>
    public abstract string Type { get; }

    /// <summary>True when every reference in this spec has been resolved (see <see cref="TransformSpecResolver"/>).</summary>
    public abstract bool IsFullyResolved { get; }

    /// <summary>
    /// True when this spec carries <paramref name="label"/>; a list also when any element does
    /// (references and interpolated specs look at their own labels only, as in render).
    /// </summary>
    public virtual bool HasLabel(string label) => MetaData?.HasLabel(label) == true;

    /// <summary>True when this spec has at least one of <paramref name="labels"/> (see <see cref="HasLabel"/>).</summary>
    public bool HasOneOfTheseLabels(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Any(HasLabel);
    }

    /// <summary>This spec with <paramref name="label"/> added to its own labels.</summary>
    public TransformSpec WithLabel(string label) =>
        this with { MetaData = (MetaData ?? TransformSpecMetaData.Empty).WithLabel(label) };

    /// <summary>This spec without <paramref name="label"/>; a list also removes it from its elements.</summary>
    public virtual TransformSpec WithoutLabel(string label) =>
        MetaData is null ? this : this with { MetaData = MetaData.WithoutLabel(label) };

    /// <summary>The ids of the references not resolved yet, in ordinal order, without duplicates.</summary>
    public IReadOnlySet<string> GetUnresolvedIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        AddUnresolvedIds(ids);
        return ids;
    }

    /// <summary>
    /// Resolves the references of this spec against <paramref name="idToSpec"/> (following chains of
    /// references); references with no entry stay unresolved and may be resolved by a later call.
    /// </summary>
    /// <exception cref="TransformReferenceException">The references form a cycle.</exception>
    public TransformSpec ResolveReferences(IReadOnlyDictionary<string, TransformSpec> idToSpec) =>
        new TransformSpecResolver(idToSpec).Resolve(this);

    /// <summary>
    /// The leaf and interpolated specs this spec applies, in order, as one list: nested lists
    /// disappear, references are replaced by their targets, an interpolated spec stays one entry with
    /// its two sides flattened, and the labels of a list are merged into each of its elements.
    /// </summary>
    /// <exception cref="TransformReferenceException">A reference is not resolved.</exception>
    public ListTransformSpec Flatten()
    {
        var items = new List<TransformSpec>();
        AddFlattened(items);
        return new ListTransformSpec(items);
    }

    /// <summary>
    /// The coordinate transform this spec describes: a leaf's class built from its data string, a
    /// list of its elements' transforms, a reference's target, a blend of two transforms.
    /// </summary>
    /// <exception cref="TransformReferenceException">A reference is not resolved.</exception>
    /// <exception cref="RenderInputException">A leaf's class is unknown or its data string invalid (render's message).</exception>
    public abstract ICoordinateTransform BuildTransform();

    /// <summary>
    /// Maps points through this spec in place (render-python's <c>estimate_dstpts</c>): references
    /// are resolved against <paramref name="sharedTransforms"/> first.
    /// </summary>
    /// <exception cref="TransformReferenceException">A reference is missing from <paramref name="sharedTransforms"/>.</exception>
    /// <exception cref="RenderInputException">A leaf cannot be built.</exception>
    public void MapPointsInPlace(Span<double> x, Span<double> y, IReadOnlyDictionary<string, TransformSpec>? sharedTransforms = null)
    {
        var spec = sharedTransforms is null ? this : ResolveReferences(sharedTransforms);
        if (!spec.IsFullyResolved)
        {
            throw TransformReferenceException.NotSupplied(spec.GetUnresolvedIds());
        }

        spec.BuildTransform().ApplyInPlace(x, y);
    }

    internal abstract void AddUnresolvedIds(ISet<string> ids);

    internal abstract TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path);

    internal abstract void AddFlattened(List<TransformSpec> items);

    /// <summary>Equality over id and labels (the derived records add their own content).</summary>
    public virtual bool Equals(TransformSpec? other) =>
        other is not null && EqualityContract == other.EqualityContract && Id == other.Id && Equals(MetaData, other.MetaData);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Id, MetaData);
}
