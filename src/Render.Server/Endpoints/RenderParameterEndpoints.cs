using Render.Model.Rendering;

namespace Render.Server.Endpoints;

/// <summary>Layer and box render parameters and box tile counts (plain, per group, and DVID-style paths).</summary>
internal static class RenderParameterEndpoints
{
    private const string Box = "/z/{z}/box/{x},{y},{width},{height},{scale}";
    private const string Dvid = "/dvid/imagetile/raw/xy/{width}_{height}/{x}_{y}_{z}";

    public static void MapRenderParameterEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/z/{z}/render-parameters", GetLayerAsync);
        stack.MapGet(Box + "/render-parameters", GetBoxAsync);
        stack.MapGet("/group/{groupId}" + Box + "/render-parameters", GetBoxAsync);
        stack.MapGet(Dvid + "/render-parameters", GetBoxAsync);
        stack.MapGet("/group/{groupId}" + Dvid + "/render-parameters", GetBoxAsync);
        stack.MapGet("/z/{z}/box/{x},{y},{width},{height}/tile-count", CountTilesAsync);
        stack.MapGet(Dvid + "/tile-count", CountTilesAsync);
    }

    private static async Task<JsonValueResult<RenderParameters>> GetLayerAsync([AsParameters] LayerRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForLayerAsync(route.Id, route.Z, route.RenderQuery, ct)).Parameters);

    private static async Task<JsonValueResult<RenderParameters>> GetBoxAsync([AsParameters] BoxRoute route, RenderParametersService parameters, CancellationToken ct) =>
        RenderResults.Json((await parameters.ForBoxAsync(route.Id, route.Box, route.RenderQuery, ct)).Parameters);

    private static async Task<JsonValueResult<long>> CountTilesAsync([AsParameters] BoxRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.CountTilesAsync(route.Id, route.Tiles, ct));
}
