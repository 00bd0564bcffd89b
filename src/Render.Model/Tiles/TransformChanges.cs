using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// Transform changes (<c>[{tileId, transform}]</c>) applied to tile specs, as render's
/// ImportTransformChangesClient does before it saves the changed tiles to a target stack.
/// </summary>
public static class TransformChanges
{
    /// <summary><paramref name="tile"/> with <paramref name="transform"/> applied by <paramref name="mode"/>.</summary>
    public static TileSpec Apply(TileSpec tile, TransformSpec transform, TransformChangeMode mode)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(transform);
        var specs = tile.Transforms.SpecList;
        IEnumerable<TransformSpec> changed = mode switch
        {
            TransformChangeMode.Append => [.. specs, transform],
            TransformChangeMode.ReplaceLast => [.. specs.Take(Math.Max(0, specs.Length - 1)), transform],
            TransformChangeMode.ReplaceAll => [transform],
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown change mode"),
        };
        return tile with { Transforms = new ListTransformSpec(changed) };
    }

    /// <summary>
    /// The changed tiles among <paramref name="tiles"/> (those a change names), in the order of
    /// <paramref name="tiles"/>. A tile named twice gets both changes, in file order.
    /// </summary>
    /// <exception cref="RenderInputException">A change has no tileId or no transform.</exception>
    public static IReadOnlyList<TileSpec> ApplyAll(IEnumerable<TileSpec> tiles, IEnumerable<TileTransform> changes, TransformChangeMode mode)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var byTile = ByTile(changes);
        var result = new List<TileSpec>();
        foreach (var tile in tiles)
        {
            if (tile.TileId is { } id && byTile.TryGetValue(id, out var transforms))
            {
                result.Add(transforms.Aggregate(tile, (changed, transform) => Apply(changed, transform, mode)));
            }
        }

        return result;
    }

    /// <summary>The tile ids the changes name, in file order without repeats.</summary>
    public static IReadOnlyList<string> TileIds(IEnumerable<TileTransform> changes) =>
        [.. Checked(changes).Select(change => change.TileId!).Distinct(StringComparer.Ordinal)];

    private static Dictionary<string, TransformSpec[]> ByTile(IEnumerable<TileTransform> changes) =>
        Checked(changes).GroupBy(change => change.TileId!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(change => change.Transform!).ToArray(), StringComparer.Ordinal);

    private static List<TileTransform> Checked(IEnumerable<TileTransform> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        if (list.Any(change => change?.TileId is null || change.Transform is null))
        {
            throw new RenderInputException("every transform change needs a tileId and a transform");
        }

        return list;
    }
}
