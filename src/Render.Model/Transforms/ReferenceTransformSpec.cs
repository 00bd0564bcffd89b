using Render.Geometry.Transforms;

namespace Render.Model.Transforms;

/// <summary>
/// A reference to a shared spec by its id (<see cref="RefId"/>). A resolved reference carries its
/// target in <see cref="ResolvedSpec"/>; JSON holds only the reference itself.
/// </summary>
public sealed record ReferenceTransformSpec : TransformSpec
{
    /// <summary>The JSON <c>type</c> of a reference.</summary>
    public const string TypeName = "ref";

    /// <summary>Creates an unresolved reference.</summary>
    public ReferenceTransformSpec(string refId)
    {
        ArgumentNullException.ThrowIfNull(refId);
        RefId = refId;
    }

    /// <summary>The id of the shared spec referred to.</summary>
    public string RefId { get; init; }

    /// <summary>The spec referred to, once resolved (possibly itself not fully resolved yet), or null.</summary>
    public TransformSpec? ResolvedSpec { get; private init; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <inheritdoc/>
    public override bool IsFullyResolved => ResolvedSpec?.IsFullyResolved == true;

    /// <inheritdoc/>
    public override ICoordinateTransform BuildTransform() =>
        ResolvedSpec?.BuildTransform() ?? throw TransformReferenceException.NotResolved(this);

    internal override void AddUnresolvedIds(ISet<string> ids)
    {
        if (ResolvedSpec is null)
        {
            ids.Add(RefId);
        }
        else
        {
            ResolvedSpec.AddUnresolvedIds(ids);
        }
    }

    internal override TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path)
    {
        var target = ResolvedSpec is null
            ? resolver.Lookup(RefId, path)
            : ResolvedSpec.ResolveWith(resolver, path);
        return target is null || ReferenceEquals(target, ResolvedSpec) ? this : this with { ResolvedSpec = target };
    }

    internal override void AddFlattened(List<TransformSpec> items)
    {
        if (!IsFullyResolved)
        {
            throw TransformReferenceException.Unresolved(this);
        }

        ResolvedSpec!.AddFlattened(items);
    }

    /// <summary>Equality over the JSON content: whether the reference is resolved does not matter.</summary>
    public bool Equals(ReferenceTransformSpec? other) =>
        base.Equals(other) && RefId == other.RefId;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), RefId);
}
