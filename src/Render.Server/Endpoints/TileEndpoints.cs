using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>render's TileDataService (the JSON endpoints): one tile, its render parameters and its validation.</summary>
internal static class TileEndpoints
{
    public static void MapTileEndpoints(this IEndpointRouteBuilder api)
    {
        var tile = api.MapGroup(RenderServer.StackPath + "/tile/{tileId}").AddEndpointFilter<StackETags>();
        tile.MapGet("", async (string owner, string project, string stack, string tileId, TileReader reader, CancellationToken ct) =>
            RenderResults.Json(await reader.GetAsync(StackIdOf(owner, project, stack), tileId, ct)));
        tile.MapDelete("", async (string owner, string project, string stack, string tileId, StackDataService data, CancellationToken ct) =>
        {
            await data.DeleteTilesAsync(StackIdOf(owner, project, stack), new TileQuery { TileIds = [tileId] }, ct);
            return RenderResults.Done();
        });
        tile.MapGet("/render-parameters", async (string owner, string project, string stack, string tileId, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            RenderResults.Json(await parameters.ForTileAsync(StackIdOf(owner, project, stack), tileId, request.RenderQuery(), request.TileNormalization(), ct)));
        tile.MapGet("/validation-info", async (string owner, string project, string stack, string tileId, TileReader reader, CancellationToken ct) =>
        {
            TileValidation.Validate(await reader.GetResolvedAsync(StackIdOf(owner, project, stack), tileId, flatten: false, ct));
            return RenderResults.Text(string.Empty);
        });
        tile.MapGet("/source/scale/{scale}/render-parameters", async (string owner, string project, string stack, string tileId, string scale, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            RenderResults.Json(await parameters.ForTileSourceAsync(StackIdOf(owner, project, stack), tileId, PathDouble(scale, "scale"), mask: false, request.RenderQuery(), ct)));
        tile.MapGet("/mask/scale/{scale}/render-parameters", async (string owner, string project, string stack, string tileId, string scale, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            RenderResults.Json(await parameters.ForTileSourceAsync(StackIdOf(owner, project, stack), tileId, PathDouble(scale, "scale"), mask: true, request.RenderQuery(), ct)));
        tile.MapGet("/withNeighbors/render-parameters", async (string owner, string project, string stack, string tileId, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            RenderResults.Json(await parameters.ForTileWithNeighborsAsync(
                StackIdOf(owner, project, stack), tileId, request.QueryDouble("widthFactor") ?? 0.3, request.QueryDouble("heightFactor") ?? 0.3, request.RenderQuery(), ct)));
    }
}
