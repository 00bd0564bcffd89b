using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>
/// World and tile-local coordinates, one point or a batch (<see cref="RenderClient.Coordinates"/>;
/// render's CoordinateClient uses the batches).
/// </summary>
public sealed class CoordinatesClient
{
    private readonly RenderTransport _transport;

    internal CoordinatesClient(RenderTransport transport) => _transport = transport;

    /// <summary>
    /// The local coordinates of world point (x, y) in each tile of layer <paramref name="z"/> that
    /// covers it; the visible one is marked. render-python truncates z to an integer here; this
    /// client sends it as given.
    /// </summary>
    public Task<List<TileCoordinates>> WorldToLocalAsync(StackId stackId, double z, double x, double y, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<TileCoordinates>>(
            RequestPath.Layer(stackId, z).Literal($"world-to-local-coordinates/{RequestPath.Number(x)},{RequestPath.Number(y)}"),
            cancellationToken);

    /// <summary>The world coordinates of local point (x, y) of tile <paramref name="tileId"/>.</summary>
    public Task<TileCoordinates> LocalToWorldAsync(StackId stackId, string tileId, double x, double y, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<TileCoordinates>(
            RequestPath.Tile(stackId, tileId).Literal($"local-to-world-coordinates/{RequestPath.Number(x)},{RequestPath.Number(y)}"),
            cancellationToken);

    /// <summary>
    /// Maps many world points (each <c>world:[x, y]</c>) of layer <paramref name="z"/>: one list per
    /// point, in order; a point that cannot be mapped gives a one-element list holding it with its
    /// <see cref="TileCoordinates.Error"/>.
    /// </summary>
    public Task<List<List<TileCoordinates>>> WorldToLocalAsync(
        StackId stackId, double z, IReadOnlyList<TileCoordinates> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        return _transport.SendJsonAsync<List<List<TileCoordinates>>>(
            HttpMethod.Put, RequestPath.Layer(stackId, z).Literal("world-to-local-coordinates"), RenderTransport.JsonBody(points.ToList()), cancellationToken);
    }

    /// <summary>
    /// Maps many local points (each with <c>tileId</c> and <c>local:[x, y]</c>) to world: one answer
    /// per point, in order, carrying its <see cref="TileCoordinates.Error"/> when it failed.
    /// </summary>
    public Task<List<TileCoordinates>> LocalToWorldAsync(
        StackId stackId, double z, IReadOnlyList<TileCoordinates> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        return _transport.SendJsonAsync<List<TileCoordinates>>(
            HttpMethod.Put, RequestPath.Layer(stackId, z).Literal("local-to-world-coordinates"), RenderTransport.JsonBody(points.ToList()), cancellationToken);
    }

    /// <summary>
    /// The tiles of layer <paramref name="z"/> that hold each world point (render's
    /// <c>getTileIdsForCoordinates</c>): one list per point, in order, each entry the point with a
    /// tile id; a point on no tile comes back alone, without one. No local coordinates are computed.
    /// </summary>
    public Task<List<List<TileCoordinates>>> GetTileIdsForCoordinatesAsync(
        StackId stackId, double z, IReadOnlyList<TileCoordinates> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        return _transport.SendJsonAsync<List<List<TileCoordinates>>>(
            HttpMethod.Put, RequestPath.Layer(stackId, z).Literal("tileIdsForCoordinates"), RenderTransport.JsonBody(points.ToList()), cancellationToken);
    }
}
