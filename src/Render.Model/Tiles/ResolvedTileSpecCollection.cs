using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// Tiles with the shared transforms they refer to: the body of <c>PUT .../resolvedTiles</c> (the
/// only way to write tiles) and the answer of the <c>resolvedTiles</c> queries. Both maps are
/// always written, possibly empty.
/// </summary>
/// <param name="TransformIdToSpecMap">Shared transform specs by id; null means none.</param>
/// <param name="TileIdToSpecMap">Tile specs by tile id; null means none.</param>
public sealed record ResolvedTileSpecCollection(
    IReadOnlyDictionary<string, TransformSpec>? TransformIdToSpecMap = null,
    IReadOnlyDictionary<string, TileSpec>? TileIdToSpecMap = null) : IJsonOnDeserialized
{
    /// <summary>Shared transform specs by id (a reference's <c>refId</c> is looked up by key).</summary>
    public IReadOnlyDictionary<string, TransformSpec> TransformIdToSpecMap { get; init; } = TransformIdToSpecMap ?? new Dictionary<string, TransformSpec>();

    /// <summary>Tile specs by tile id.</summary>
    public IReadOnlyDictionary<string, TileSpec> TileIdToSpecMap { get; init; } = TileIdToSpecMap ?? new Dictionary<string, TileSpec>();

    /// <summary>A JSON null in place of a tile or transform is refused as the document is read, so no consumer meets it.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        static void RefuseNulls<T>(IReadOnlyDictionary<string, T> map, string name)
            where T : class
        {
            foreach (var (id, value) in map)
            {
                if (value is null)
                {
                    throw new JsonException($"{name} entry '{Limits.InputLimits.Abbreviate(id)}' is null");
                }
            }
        }

        RefuseNulls(TransformIdToSpecMap, "transformIdToSpecMap");
        RefuseNulls(TileIdToSpecMap, "tileIdToSpecMap");
    }
}
