using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage;

/// <summary>
/// The tiles, shared transforms and section data of stacks. Writes check, in the same transaction,
/// that the stack exists and is LOADING; they return the state they found (null for a missing
/// stack) and write only when it is <see cref="StackState.Loading"/>. Reads of a missing stack
/// return nothing; the caller decides whether that is an error.
/// </summary>
public interface ITileStore
{
    /// <summary>
    /// Upserts the tiles (by tileId, full replace) and the shared transforms (by id), all or
    /// nothing. Tiles must carry their bounding box.
    /// </summary>
    Task<StackState?> SaveAsync(
        StackId stackId,
        IReadOnlyCollection<TileSpec> tiles,
        IReadOnlyCollection<TransformSpec> transforms,
        CancellationToken cancellationToken);

    /// <summary>Deletes the selected tiles.</summary>
    Task<StackState?> DeleteTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>Sets z of the selected tiles.</summary>
    Task<StackState?> SetZAsync(StackId stackId, TileQuery query, double z, CancellationToken cancellationToken);

    /// <summary>The selected tiles as stored (references unresolved), streamed.</summary>
    IAsyncEnumerable<TileSpec> FindTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The selected tiles as stored, in their canonical JSON (UTF-8, references unresolved), in
    /// the order of <see cref="FindTilesAsync"/>, streamed: for reads that can serve a spec
    /// without parsing it.
    /// </summary>
    IAsyncEnumerable<byte[]> FindTileJsonAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>The bounding boxes of the selected tiles, streamed.</summary>
    IAsyncEnumerable<TileBounds> FindTileBoundsAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>The ids of the selected tiles, streamed.</summary>
    IAsyncEnumerable<string> FindTileIdsAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>The number of selected tiles.</summary>
    Task<long> CountTilesAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken);

    /// <summary>One tile as stored, or null.</summary>
    Task<TileSpec?> GetTileAsync(StackId stackId, string tileId, CancellationToken cancellationToken);

    /// <summary>The shared transforms with these ids that exist (unresolved), by id.</summary>
    Task<IReadOnlyDictionary<string, TransformSpec>> GetTransformsAsync(
        StackId stackId,
        IReadOnlyCollection<string> transformIds,
        CancellationToken cancellationToken);

    /// <summary>Distinct z values in ascending order, within the inclusive limits when given.</summary>
    Task<IReadOnlyList<double>> GetZValuesAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken);

    /// <summary>The union of the bounding boxes of the layer's tiles, or null when it has none.</summary>
    Task<Bounds?> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken);

    /// <summary>The z of the first tile (in stored order) of the section, or null.</summary>
    Task<double?> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken);

    /// <summary>
    /// The section data derived when the stack was last set COMPLETE (sorted by sectionId, then z;
    /// sections without id left out), within the inclusive z limits; null when it was never derived.
    /// </summary>
    Task<IReadOnlyList<SectionData>?> GetSectionDataAsync(StackId stackId, double? minZ, double? maxZ, CancellationToken cancellationToken);
}
