namespace Render.Model.Transforms;

/// <summary>The chain of reference ids being resolved, innermost last; used to detect cycles.</summary>
internal sealed record ReferencePath(string RefId, ReferencePath? Outer)
{
    public bool Contains(string refId)
    {
        for (var path = this; path is not null; path = path.Outer)
        {
            if (path.RefId == refId)
            {
                return true;
            }
        }

        return false;
    }

    public ReferencePath Append(string refId) => new(refId, this);

    /// <summary>The ids from the outermost to the innermost.</summary>
    public IReadOnlyList<string> Ids()
    {
        var ids = new List<string>();
        for (var path = this; path is not null; path = path.Outer)
        {
            ids.Add(path.RefId);
        }

        ids.Reverse();
        return ids;
    }
}
