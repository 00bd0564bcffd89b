using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>World and tile-local coordinates, one point or a batch.</summary>
public sealed partial class RenderClient
{
    /// <summary>
    /// The local coordinates of world point (x, y) in each tile of layer <paramref name="z"/> that
    /// covers it; the visible one is marked. render-python truncates z to an integer here; this
    /// client sends it as given.
    /// </summary>
    public Task<List<TileCoordinates>> WorldToLocalAsync(StackId stackId, double z, double x, double y, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<TileCoordinates>>(
            RequestPath.Stack(stackId).Literal("z").Value(z).Literal($"world-to-local-coordinates/{RequestPath.Number(x)},{RequestPath.Number(y)}"),
            cancellationToken);

    /// <summary>The world coordinates of local point (x, y) of tile <paramref name="tileId"/>.</summary>
    public Task<TileCoordinates> LocalToWorldAsync(StackId stackId, string tileId, double x, double y, CancellationToken cancellationToken = default) =>
        GetJsonAsync<TileCoordinates>(
            RequestPath.Stack(stackId).Literal("tile").Value(tileId).Literal($"local-to-world-coordinates/{RequestPath.Number(x)},{RequestPath.Number(y)}"),
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
        return SendJsonAsync<List<List<TileCoordinates>>>(
            HttpMethod.Put, RequestPath.Stack(stackId).Literal("z").Value(z).Literal("world-to-local-coordinates"), JsonBody(points.ToList()), cancellationToken);
    }

    /// <summary>
    /// Maps many local points (each with <c>tileId</c> and <c>local:[x, y]</c>) to world: one answer
    /// per point, in order, carrying its <see cref="TileCoordinates.Error"/> when it failed.
    /// </summary>
    public Task<List<TileCoordinates>> LocalToWorldAsync(
        StackId stackId, double z, IReadOnlyList<TileCoordinates> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        return SendJsonAsync<List<TileCoordinates>>(
            HttpMethod.Put, RequestPath.Stack(stackId).Literal("z").Value(z).Literal("local-to-world-coordinates"), JsonBody(points.ToList()), cancellationToken);
    }
}
