using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>Layer and box render parameters and box tile counts (plain, per group, and DVID-style paths).</summary>
internal static class RenderParameterEndpoints
{
    private const string Box = "/z/{z}/box/{x},{y},{width},{height},{scale}";
    private const string Dvid = "/dvid/imagetile/raw/xy/{width}_{height}/{x}_{y}_{z}";

    public static void MapRenderParameterEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/z/{z}/render-parameters", async (string owner, string project, string stack, string z, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            RenderResults.Json(await parameters.ForLayerAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), request.RenderQuery(), ct)));
        stack.MapGet(Box + "/render-parameters", (string owner, string project, string stack, string z, string x, string y, string width, string height, string scale, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            BoxAsync(parameters, owner, project, stack, null, z, x, y, width, height, PathDouble(scale, "scale"), request, ct));
        stack.MapGet("/group/{groupId}" + Box + "/render-parameters", (string owner, string project, string stack, string groupId, string z, string x, string y, string width, string height, string scale, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            BoxAsync(parameters, owner, project, stack, groupId, z, x, y, width, height, PathDouble(scale, "scale"), request, ct));
        stack.MapGet(Dvid + "/render-parameters", (string owner, string project, string stack, string z, string x, string y, string width, string height, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            BoxAsync(parameters, owner, project, stack, null, z, x, y, width, height, 1.0, request, ct));
        stack.MapGet("/group/{groupId}" + Dvid + "/render-parameters", (string owner, string project, string stack, string groupId, string z, string x, string y, string width, string height, HttpRequest request, RenderParametersService parameters, CancellationToken ct) =>
            BoxAsync(parameters, owner, project, stack, groupId, z, x, y, width, height, 1.0, request, ct));
        stack.MapGet("/z/{z}/box/{x},{y},{width},{height}/tile-count", (string owner, string project, string stack, string z, string x, string y, string width, string height, StackDataService data, CancellationToken ct) =>
            CountAsync(data, owner, project, stack, z, x, y, width, height, ct));
        stack.MapGet(Dvid + "/tile-count", (string owner, string project, string stack, string z, string x, string y, string width, string height, StackDataService data, CancellationToken ct) =>
            CountAsync(data, owner, project, stack, z, x, y, width, height, ct));
    }

    private static async Task<IResult> BoxAsync(
        RenderParametersService parameters, string owner, string project, string stack, string? groupId,
        string z, string x, string y, string width, string height, double scale, HttpRequest request, CancellationToken ct) =>
        RenderResults.Json(await parameters.ForBoxAsync(
            StackIdOf(owner, project, stack), PathDouble(z, "z"), PathDouble(x, "x"), PathDouble(y, "y"),
            PathInt(width, "width"), PathInt(height, "height"), scale, groupId, request.RenderQuery(), ct).ConfigureAwait(false));

    private static async Task<IResult> CountAsync(
        StackDataService data, string owner, string project, string stack, string z, string x, string y, string width, string height, CancellationToken ct) =>
        RenderResults.Json(await data.CountTilesAsync(
            StackIdOf(owner, project, stack),
            TileQuery.Box(PathDouble(z, "z"), PathDouble(x, "x"), PathDouble(y, "y"), PathInt(width, "width"), PathInt(height, "height")),
            ct).ConfigureAwait(false));
}
