using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Server.Endpoints;

/// <summary>render's TileDataService (the JSON endpoints): one tile, its render parameters and its validation.</summary>
internal static class TileEndpoints
{
    public static void MapTileEndpoints(this IEndpointRouteBuilder api)
    {
        var tile = api.MapGroup(RenderServer.StackPath + "/tile/{tileId}").AddEndpointFilter<StackETags>();
        tile.MapGet("", GetAsync);
        tile.MapDelete("", DeleteAsync);
        tile.MapGet("/render-parameters", GetRenderParametersAsync);
        tile.MapGet("/validation-info", ValidateAsync);
        tile.MapGet("/source/scale/{scale}/render-parameters", GetSourceRenderParametersAsync);
        tile.MapGet("/mask/scale/{scale}/render-parameters", GetMaskRenderParametersAsync);
        tile.MapGet("/withNeighbors/render-parameters", GetWithNeighborsRenderParametersAsync);
    }

    private static async Task<JsonValueResult<TileSpec>> GetAsync([AsParameters] TileRoute route, TileReader reader, CancellationToken ct) =>
        RenderResults.Json(await reader.GetAsync(route.Id, route.TileId, ct));

    private static Task<Ok> DeleteAsync([AsParameters] TileRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.DoneAsync(data.DeleteTilesAsync(route.Id, route.Tiles, ct));

    private static async Task<JsonValueResult<RenderParameters>> GetRenderParametersAsync([AsParameters] TileRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForTileAsync(route.Id, route.TileId, route.RenderQuery, route.Normalization, ct)).Parameters);

    /// <summary>200 with an empty text when the resolved tile is valid, 400 with the reason otherwise.</summary>
    private static async Task<PlainTextResult> ValidateAsync([AsParameters] TileRoute route, StackDataService data, CancellationToken ct)
    {
        await data.ValidateTileAsync(route.Id, route.TileId, ct);
        return RenderResults.Text(string.Empty);
    }

    private static async Task<JsonValueResult<RenderParameters>> GetSourceRenderParametersAsync(
        [AsParameters] TileScaleRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForTileSourceAsync(route.Id, route.TileId, route.Scale, mask: false, route.RenderQuery, ct)).Parameters);

    private static async Task<JsonValueResult<RenderParameters>> GetMaskRenderParametersAsync(
        [AsParameters] TileScaleRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForTileSourceAsync(route.Id, route.TileId, route.Scale, mask: true, route.RenderQuery, ct)).Parameters);

    private static async Task<JsonValueResult<RenderParameters>> GetWithNeighborsRenderParametersAsync(
        [AsParameters] TileRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForTileWithNeighborsAsync(route.Id, route.TileId, route.NeighborFactors, route.RenderQuery, ct)).Parameters);
}
