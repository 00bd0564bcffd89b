using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Model;
using Render.Model.Tiles;
using Render.Server.Http;
using Render.Server.Services;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>render's CoordinateService: world and tile-local coordinates, single and batch.</summary>
internal static class CoordinateEndpoints
{
    public static void MapCoordinateEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/z/{z}/world-to-local-coordinates/{x},{y}", async (string owner, string project, string stack, string z, string x, string y, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json((await coordinates.WorldToLocalAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), PathDouble(x, "x"), PathDouble(y, "y"), ct)).ToList()));
        stack.MapGet("/tile/{tileId}/local-to-world-coordinates/{x},{y}", async (string owner, string project, string stack, string tileId, string x, string y, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json(await coordinates.LocalToWorldAsync(StackIdOf(owner, project, stack), tileId, PathDouble(x, "x"), PathDouble(y, "y"), ct)));
        stack.MapPut("/local-to-world-coordinates", (string owner, string project, string stack, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            LocalToWorldAsync(coordinates, owner, project, stack, request, ct));
        stack.MapPut("/z/{z}/local-to-world-coordinates", (string owner, string project, string stack, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            LocalToWorldAsync(coordinates, owner, project, stack, request, ct));
        stack.MapPut("/world-to-local-coordinates", async (string owner, string project, string stack, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json(await coordinates.WorldToLocalAsync(StackIdOf(owner, project, stack), null, await ItemsAsync(request, ct), ct)));
        stack.MapPut("/z/{z}/world-to-local-coordinates", async (string owner, string project, string stack, string z, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json(await coordinates.WorldToLocalAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), await ItemsAsync(request, ct), ct)));
        stack.MapPut("/tileIdsForCoordinates", async (string owner, string project, string stack, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json(await coordinates.TileIdsForCoordinatesAsync(StackIdOf(owner, project, stack), null, await ItemsAsync(request, ct), ct)));
        stack.MapPut("/z/{z}/tileIdsForCoordinates", async (string owner, string project, string stack, string z, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
            RenderResults.Json(await coordinates.TileIdsForCoordinatesAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), await ItemsAsync(request, ct), ct)));
        stack.MapGet("/z/{z}/world-coordinates/{x},{y}/mapped-to-stack/{toStack}", async (string owner, string project, string stack, string z, string x, string y, string toStack, HttpRequest request, CoordinateService coordinates, CancellationToken ct) =>
        {
            var to = StackIdOf(request.QueryString("toOwner") ?? owner, request.QueryString("toProject") ?? project, toStack);
            return RenderResults.Json(await coordinates.MapToStackAsync(StackIdOf(owner, project, stack), to, PathDouble(z, "z"), PathDouble(x, "x"), PathDouble(y, "y"), ct));
        });

        api.MapPut("/owner/{owner}/local-to-world-coordinates/{x},{y}", async (string x, string y, HttpRequest request, CancellationToken ct) =>
            RenderResults.Json((await TileAsync(request, ct)).GetWorldCoordinates(PathDouble(x, "x"), PathDouble(y, "y")).ToList()));
        api.MapPut("/owner/{owner}/world-to-local-coordinates/{x},{y}", async (string x, string y, HttpRequest request, CancellationToken ct) =>
        {
            var tile = await TileAsync(request, ct);
            var meshCellSize = request.QueryDouble("meshCellSize") ?? tile.MeshCellSize;
            return RenderResults.Json(tile.GetLocalCoordinates(PathDouble(x, "x"), PathDouble(y, "y"), meshCellSize).ToList());
        });
    }

    private static async Task<IResult> LocalToWorldAsync(
        CoordinateService coordinates, string owner, string project, string stack, HttpRequest request, CancellationToken ct) =>
        RenderResults.Json(await coordinates.LocalToWorldAsync(StackIdOf(owner, project, stack), await ItemsAsync(request, ct).ConfigureAwait(false), ct)
            .ConfigureAwait(false));

    private static async Task<List<TileCoordinates?>> ItemsAsync(HttpRequest request, CancellationToken ct) =>
        [.. await request.ReadJsonAsync<List<TileCoordinates>>(ct).ConfigureAwait(false) ?? throw new RenderInputException("no coordinates provided")];

    private static async Task<TileSpec> TileAsync(HttpRequest request, CancellationToken ct) =>
        await request.ReadJsonAsync<TileSpec>(ct).ConfigureAwait(false) ?? throw new RenderInputException("no tile spec provided");
}
