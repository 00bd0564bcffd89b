using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>
/// Tile specs: one tile, a layer, resolved tiles (read and save) and tile ids
/// (<see cref="RenderClient.Tiles"/>). The bulk import is in <c>TilesClient.Import.cs</c>, the
/// transform changes in <c>TilesClient.TransformChanges.cs</c>.
/// </summary>
public sealed partial class TilesClient
{
    private readonly RenderTransport _transport;
    private readonly StacksClient _stacks;
    private readonly SectionsClient _sections;

    internal TilesClient(RenderTransport transport, StacksClient stacks, SectionsClient sections)
    {
        _transport = transport;
        _stacks = stacks;
        _sections = sections;
    }

    /// <summary>A tile spec as stored, reference transforms kept (render-python's <c>get_tile_spec_raw</c>, render's <c>getTile</c>).</summary>
    /// <exception cref="RenderNotFoundException">There is no such stack or tile.</exception>
    public Task<TileSpec> GetAsync(StackId stackId, string tileId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<TileSpec>(RequestPath.Tile(stackId, tileId), cancellationToken);

    /// <summary>The tile specs of layer <paramref name="z"/>, references kept (an empty list for an empty layer).</summary>
    public Task<List<TileSpec>> GetLayerAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<TileSpec>>(RequestPath.Layer(stackId, z).Literal("tile-specs"), cancellationToken);

    /// <summary>The tile specs with the given ids, transforms flattened (render's <c>getTileSpecsWithIds</c>).</summary>
    public Task<List<TileSpec>> GetWithIdsAsync(StackId stackId, IReadOnlyCollection<string> tileIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tileIds);
        return _transport.SendJsonAsync<List<TileSpec>>(
            HttpMethod.Put, RequestPath.Stack(stackId).Literal("tile-specs-with-ids"), RenderTransport.JsonBody(tileIds.ToList()), cancellationToken);
    }

    /// <summary>The tiles matching <paramref name="query"/> and the shared transforms they reference (render's <c>getResolvedTiles</c> with a range or box).</summary>
    public Task<ResolvedTileSpecCollection> GetResolvedAsync(StackId stackId, ResolvedTilesQuery? query = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<ResolvedTileSpecCollection>((query ?? new ResolvedTilesQuery()).AppendTo(RequestPath.Stack(stackId).Literal("resolvedTiles")), cancellationToken);

    /// <summary>
    /// The tiles of layer <paramref name="z"/> and their shared transforms (render-python's
    /// <c>get_resolved_tiles_from_z</c>, render's <c>getResolvedTiles(stack, z)</c>).
    /// </summary>
    /// <exception cref="RenderNotFoundException">The stack does not exist or the layer has no tiles.</exception>
    public Task<ResolvedTileSpecCollection> GetResolvedAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<ResolvedTileSpecCollection>(RequestPath.Layer(stackId, z).Literal("resolvedTiles"), cancellationToken);

    /// <summary>
    /// Imports tiles and shared transforms into a LOADING stack, replacing those with the same ids
    /// (render-python's <c>put_tilespecs</c>, render's <c>saveResolvedTiles</c>). With
    /// <paramref name="deriveData"/> the service derives each tile's bounding box, which
    /// render-python's tiles never carry. The body is written to the connection as it is
    /// serialised, not built in memory first.
    /// </summary>
    public Task SaveResolvedAsync(
        StackId stackId, ResolvedTileSpecCollection tiles, bool deriveData = true, CancellationToken cancellationToken = default) =>
        SaveResolvedAsync(RequestPath.Stack(stackId), tiles, deriveData, cancellationToken);

    /// <summary>
    /// As <see cref="SaveResolvedAsync(StackId, ResolvedTileSpecCollection, bool, CancellationToken)"/>
    /// for tiles that must all be in layer <paramref name="z"/> (render's <c>saveResolvedTiles</c>
    /// with a z): the service refuses the whole batch when one is not.
    /// </summary>
    public Task SaveResolvedAsync(
        StackId stackId, double z, ResolvedTileSpecCollection tiles, bool deriveData = true, CancellationToken cancellationToken = default) =>
        SaveResolvedAsync(RequestPath.Layer(stackId, z), tiles, deriveData, cancellationToken);

    /// <summary>Deletes one tile (render's <c>deleteStackTile</c>).</summary>
    public Task DeleteAsync(StackId stackId, string tileId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Tile(stackId, tileId), null, cancellationToken);

    /// <summary>The ids of the stack's tiles, optionally within [minZ, maxZ] and matching a pattern, streamed as they arrive.</summary>
    public IAsyncEnumerable<string> GetIdsAsync(
        StackId stackId, double? minZ = null, double? maxZ = null, string? matchPattern = null, CancellationToken cancellationToken = default) =>
        _transport.StreamJsonArrayAsync<string>(
            RequestPath.Stack(stackId).Literal("tileIds").Query("minZ", minZ).Query("maxZ", maxZ).Query("matchPattern", matchPattern),
            cancellationToken);

    private Task SaveResolvedAsync(RequestPath target, ResolvedTileSpecCollection tiles, bool deriveData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        return _transport.SendAsync(
            HttpMethod.Put, target.Literal("resolvedTiles").Query("deriveData", deriveData), RenderTransport.JsonBody(tiles), cancellationToken);
    }
}
