using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>Tile specs: one tile, a layer, resolved tiles (read and import) and tile ids.</summary>
public sealed partial class RenderClient
{
    /// <summary>A tile spec as stored, reference transforms kept (render-python's <c>get_tile_spec_raw</c>).</summary>
    /// <exception cref="RenderNotFoundException">There is no such stack or tile.</exception>
    public Task<TileSpec> GetTileSpecAsync(StackId stackId, string tileId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<TileSpec>(RequestPath.Stack(stackId).Literal("tile").Value(tileId), cancellationToken);

    /// <summary>The tile specs of layer <paramref name="z"/>, references kept (an empty list for an empty layer).</summary>
    public Task<List<TileSpec>> GetTileSpecsAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<TileSpec>>(RequestPath.Stack(stackId).Literal("z").Value(z).Literal("tile-specs"), cancellationToken);

    /// <summary>The tile specs with the given ids, transforms flattened.</summary>
    public Task<List<TileSpec>> GetTileSpecsWithIdsAsync(StackId stackId, IReadOnlyCollection<string> tileIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tileIds);
        return SendJsonAsync<List<TileSpec>>(HttpMethod.Put, RequestPath.Stack(stackId).Literal("tile-specs-with-ids"), JsonBody(tileIds.ToList()), cancellationToken);
    }

    /// <summary>The tiles matching <paramref name="query"/> and the shared transforms they reference.</summary>
    public Task<ResolvedTileSpecCollection> GetResolvedTilesAsync(StackId stackId, ResolvedTilesQuery? query = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<ResolvedTileSpecCollection>((query ?? new ResolvedTilesQuery()).AppendTo(RequestPath.Stack(stackId).Literal("resolvedTiles")), cancellationToken);

    /// <summary>The tiles of layer <paramref name="z"/> and their shared transforms (render-python's <c>get_resolved_tiles_from_z</c>).</summary>
    public Task<ResolvedTileSpecCollection> GetResolvedTilesAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        GetJsonAsync<ResolvedTileSpecCollection>(RequestPath.Stack(stackId).Literal("z").Value(z).Literal("resolvedTiles"), cancellationToken);

    /// <summary>
    /// Imports tiles and shared transforms into a LOADING stack, replacing those with the same ids
    /// (render-python's <c>put_tilespecs</c>). With <paramref name="deriveData"/> the service derives
    /// each tile's bounding box, which render-python's tiles never carry. The body is written to
    /// the connection as it is serialised, not built in memory first.
    /// </summary>
    public Task SaveResolvedTilesAsync(
        StackId stackId, ResolvedTileSpecCollection tiles, bool deriveData = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var path = RequestPath.Stack(stackId).Literal("resolvedTiles").Query("deriveData", deriveData);
        return SendAsync(HttpMethod.Put, path, JsonBody(tiles), cancellationToken);
    }

    /// <summary>Deletes one tile.</summary>
    public Task DeleteTileAsync(StackId stackId, string tileId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("tile").Value(tileId), null, cancellationToken);

    /// <summary>The ids of the stack's tiles, optionally within [minZ, maxZ] and matching a pattern, streamed as they arrive.</summary>
    public IAsyncEnumerable<string> GetTileIdsAsync(
        StackId stackId, double? minZ = null, double? maxZ = null, string? matchPattern = null, CancellationToken cancellationToken = default) =>
        StreamJsonArrayAsync<string>(
            RequestPath.Stack(stackId).Literal("tileIds").Query("minZ", minZ).Query("maxZ", maxZ).Query("matchPattern", matchPattern),
            cancellationToken);
}
