namespace Render.Model.Transforms;

/// <summary>
/// A transform spec refers to a shared spec that is missing, or its references form a cycle. This
/// is bad data, not a programming error: the message says which ids.
/// </summary>
public sealed class TransformReferenceException : RenderInputException
{
    private TransformReferenceException(string message, IReadOnlyList<string> refIds)
        : base(message)
    {
        RefIds = refIds;
    }

    /// <summary>The unresolved ids, or the ids of the cycle in order (first and last equal).</summary>
    public IReadOnlyList<string> RefIds { get; }

    internal static TransformReferenceException Unresolved(ReferenceTransformSpec reference)
    {
        var ids = reference.GetUnresolvedIds().ToArray();
        return new TransformReferenceException($"cannot flatten unresolved reference to {reference.RefId} (unresolved ids: [{string.Join(", ", ids)}])", ids);
    }

    internal static TransformReferenceException NotSupplied(IReadOnlySet<string> unresolvedIds)
    {
        var ids = unresolvedIds.ToArray();
        return new TransformReferenceException($"the transforms refer to shared transforms that were not supplied: [{string.Join(", ", ids)}]", ids);
    }

    internal static TransformReferenceException NotResolved(ReferenceTransformSpec reference)
    {
        var ids = reference.GetUnresolvedIds().ToArray();
        return new TransformReferenceException($"spec reference to id '{reference.RefId}' has not been resolved", ids);
    }

    internal static TransformReferenceException Cycle(ReferencePath path)
    {
        // The path ends with the id met twice; the cycle starts where it was first met.
        var chain = path.Ids();
        var ids = chain.Skip(chain.ToList().IndexOf(chain[^1])).ToArray();
        return new TransformReferenceException($"transform spec references form a cycle: {string.Join(" -> ", ids)}", ids);
    }
}
