using Render.Model.Tiles;

namespace Render.Server.Endpoints;

/// <summary>render's CoordinateService: world and tile-local coordinates, single and batch, and through a posted tile.</summary>
internal static class CoordinateEndpoints
{
    public static void MapCoordinateEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/z/{z}/world-to-local-coordinates/{x},{y}", WorldToLocalAsync);
        stack.MapGet("/tile/{tileId}/local-to-world-coordinates/{x},{y}", LocalToWorldAsync);
        stack.MapPut("/local-to-world-coordinates", LocalToWorldBatchAsync);
        stack.MapPut("/z/{z}/local-to-world-coordinates", LocalToWorldBatchAsync);
        stack.MapPut("/world-to-local-coordinates", WorldToLocalBatchAsync);
        stack.MapPut("/z/{z}/world-to-local-coordinates", WorldToLocalBatchAsync);
        stack.MapPut("/tileIdsForCoordinates", TileIdsForCoordinatesAsync);
        stack.MapPut("/z/{z}/tileIdsForCoordinates", TileIdsForCoordinatesAsync);
        stack.MapGet("/z/{z}/world-coordinates/{x},{y}/mapped-to-stack/{toStack}", MapToStackAsync);

        api.MapPut("/owner/{owner}/local-to-world-coordinates/{x},{y}", TileLocalToWorld);
        api.MapPut("/owner/{owner}/world-to-local-coordinates/{x},{y}", TileWorldToLocal);
    }

    private static async Task<JsonValueResult<List<TileCoordinates>>> WorldToLocalAsync([AsParameters] WorldPointRoute route, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.WorldToLocalAsync(route.Id, route.Z, route.X, route.Y, ct));

    private static async Task<JsonValueResult<TileCoordinates>> LocalToWorldAsync([AsParameters] TilePointRoute route, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.LocalToWorldAsync(route.Id, route.TileId, route.X, route.Y, ct));

    /// <summary>Each item is mapped through its own tile (the layer in the path plays no part, as in render).</summary>
    private static async Task<JsonValueResult<List<TileCoordinates>>> LocalToWorldBatchAsync(
        [AsParameters] StackRoute route, JsonBody<List<TileCoordinates>> items, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.LocalToWorldAsync(route.Id, items.Value, ct));

    /// <summary>The points of a layer (z in the path), or each at the z of its own world values.</summary>
    private static async Task<JsonValueResult<List<List<TileCoordinates>>>> WorldToLocalBatchAsync(
        [AsParameters] StackRoute route, JsonBody<List<TileCoordinates>> items, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.WorldToLocalAsync(route.Id, route.LayerZ, items.Value, ct));

    /// <summary>The tiles under each point of a layer (z in the path), or each at the z of its own world values.</summary>
    private static async Task<JsonValueResult<List<List<TileCoordinates>>>> TileIdsForCoordinatesAsync(
        [AsParameters] StackRoute route, JsonBody<List<TileCoordinates>> items, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.TileIdsForCoordinatesAsync(route.Id, route.LayerZ, items.Value, ct));

    private static async Task<JsonValueResult<TileCoordinates>> MapToStackAsync([AsParameters] WorldPointRoute route, CoordinateService coordinates, CancellationToken ct) =>
        RenderResults.Json(await coordinates.MapToStackAsync(route.Id, route.ToId, route.Z, route.X, route.Y, ct));

    private static JsonValueResult<List<double>> TileLocalToWorld([AsParameters] OwnerPointRoute route, JsonBody<TileSpec> tile) =>
        RenderResults.Json(CoordinateService.LocalToWorld(tile.Value, route.X, route.Y));

    private static JsonValueResult<List<double>> TileWorldToLocal([AsParameters] OwnerPointRoute route, JsonBody<TileSpec> tile) =>
        RenderResults.Json(CoordinateService.WorldToLocal(tile.Value, route.X, route.Y, route.MeshCellSize));
}
