using System.Collections.Concurrent;

namespace Render.Model.Transforms;

/// <summary>
/// Resolves the references of transform specs against a map of shared specs by id (a stack's
/// transform collection, or the <c>transformIdToSpecMap</c> of an upload). Chains of references are
/// followed; each shared spec is resolved once per resolver and shared by every spec using it.
/// </summary>
/// <remarks>
/// A reference missing from the map stays unresolved, so a later resolver with more specs can finish
/// the job (render resolves in passes, one step of a chain per pass; we follow the whole chain).
/// Thread-safe once constructed; the map must not change while the resolver is in use.
/// </remarks>
public sealed class TransformSpecResolver
{
    private readonly IReadOnlyDictionary<string, TransformSpec> _idToSpec;
    private readonly ConcurrentDictionary<string, TransformSpec> _resolvedById = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver over <paramref name="idToSpec"/> (keys are the ids references use).</summary>
    public TransformSpecResolver(IReadOnlyDictionary<string, TransformSpec> idToSpec)
    {
        ArgumentNullException.ThrowIfNull(idToSpec);
        _idToSpec = idToSpec;
    }

    /// <summary>
    /// <paramref name="spec"/> with every reference that the map can resolve resolved (the same
    /// instance when there is nothing to resolve).
    /// </summary>
    /// <exception cref="TransformReferenceException">The references form a cycle.</exception>
    public T Resolve<T>(T spec)
        where T : TransformSpec
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (T)spec.ResolveWith(this, null);
    }

    /// <summary>The resolved shared spec for <paramref name="refId"/>, or null when the map has none.</summary>
    internal TransformSpec? Lookup(string refId, ReferencePath? path)
    {
        if (_resolvedById.TryGetValue(refId, out var resolved))
        {
            return resolved;
        }

        if (!_idToSpec.TryGetValue(refId, out var target))
        {
            return null;
        }

        if (path?.Contains(refId) == true)
        {
            throw TransformReferenceException.Cycle(path.Append(refId));
        }

        return _resolvedById.GetOrAdd(refId, target.ResolveWith(this, new ReferencePath(refId, path)));
    }
}
