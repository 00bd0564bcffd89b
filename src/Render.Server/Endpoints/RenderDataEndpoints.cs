using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Geometry.Numerics;
using Render.Model.Tiles;
using Render.Server.Http;
using Render.Server.Services;
using Render.Storage;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>render's RenderDataService: layers, sections, bounds, tile ids, resolved tiles, transforms, layout files.</summary>
internal static class RenderDataEndpoints
{
    public static void MapRenderDataEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/zValues", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetZValuesAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/sectionData", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetSectionDataAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/reorderedSectionData", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetReorderedSectionDataAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/mergedZValues", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetMergedZValuesAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/mergeableData", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Text(await data.GetMergeableDataAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/mergeableZValues", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetMergeableZValuesAsync(StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), ct)));
        stack.MapGet("/tileIds", (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.JsonArray(data.GetTileIdsAsync(
                StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), request.QueryString("matchPattern"), ct)));
        stack.MapPut("/tile-specs-with-ids", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
        {
            var ids = await request.ReadJsonAsync<List<string>>(ct) ?? [];
            return RenderResults.SerializedJsonArray(await data.GetFlattenedTilesAsync(StackIdOf(owner, project, stack), new TileQuery { TileIds = ids }, ct));
        });
        stack.MapGet("/resolvedTiles", async (string owner, string project, string stack, HttpRequest request, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetResolvedTilesAsync(StackIdOf(owner, project, stack), ResolvedTilesQuery(request), "the given query", ct)));
        stack.MapPut("/resolvedTiles", async (string owner, string project, string stack, HttpRequest request, TileImportService import, CancellationToken ct) =>
        {
            var tiles = await request.ReadJsonAsync<ResolvedTileSpecCollection>(ct);
            await import.SaveAsync(StackIdOf(owner, project, stack), tiles, request.QueryBool("deriveData") == true, null, ct);
            return RenderResults.Created();
        });
        stack.MapGet("/transform/{transformId}", async (string owner, string project, string stack, string transformId, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetTransformAsync(StackIdOf(owner, project, stack), transformId, ct)));
        stack.MapDelete("/section/{sectionId}", async (string owner, string project, string stack, string sectionId, StackDataService data, CancellationToken ct) =>
        {
            await data.DeleteTilesAsync(StackIdOf(owner, project, stack), new TileQuery { SectionId = sectionId }, ct);
            return RenderResults.Done();
        });
        stack.MapGet("/section/{sectionId}/z", async (string owner, string project, string stack, string sectionId, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetSectionZAsync(StackIdOf(owner, project, stack), sectionId, ct)));
        stack.MapPut("/section/{sectionId}/z", async (string owner, string project, string stack, string sectionId, HttpRequest request, StackDataService data, CancellationToken ct) =>
        {
            var text = (await request.ReadTextAsync(ct)).Trim();
            var z = Render.Geometry.Numerics.JavaNumberParse.TryParseDouble(text, out var parsed)
                ? parsed
                : throw new Model.RenderInputException($"the body must be a z value (a number), not '{text}'");
            await data.SetZAsync(StackIdOf(owner, project, stack), new TileQuery { SectionId = sectionId }, z, ct);
            return RenderResults.Created();
        });
        stack.MapGet("/section/{sectionId}/tileBounds", async (string owner, string project, string stack, string sectionId, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetTileBoundsAsync(StackIdOf(owner, project, stack), new TileQuery { SectionId = sectionId }, ct)));
        stack.MapLayoutEndpoints();
        stack.MapLayerEndpoints();
    }

    /// <summary>The resolvedTiles query: z equal when minZ == maxZ, else a range, plus group and box limits.</summary>
    private static TileQuery ResolvedTilesQuery(HttpRequest request)
    {
        var minZ = request.QueryDouble("minZ");
        var maxZ = request.QueryDouble("maxZ");
        var singleZ = minZ is not null && minZ == maxZ;
        return new TileQuery
        {
            Z = singleZ ? minZ : null,
            MinZ = singleZ ? null : minZ,
            MaxZ = singleZ ? null : maxZ,
            GroupId = request.QueryString("groupId"),
            ReachesMinX = request.QueryDouble("minX"),
            ReachesMaxX = request.QueryDouble("maxX"),
            ReachesMinY = request.QueryDouble("minY"),
            ReachesMaxY = request.QueryDouble("maxY"),
        };
    }

    private static void MapLayoutEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/layoutFile", (string owner, string project, string stack, HttpRequest request, LayoutFileService layout, CancellationToken ct) =>
            Layout(layout, StackIdOf(owner, project, stack), request.QueryDouble("minZ"), request.QueryDouble("maxZ"), request, ct));
        stack.MapGet("/z/{z}/layoutFile", (string owner, string project, string stack, string z, HttpRequest request, LayoutFileService layout, CancellationToken ct) =>
            Layout(layout, StackIdOf(owner, project, stack), PathDouble(z, "z"), PathDouble(z, "z"), request, ct));
        stack.MapGet("/zRange/{minZ},{maxZ}/layoutFile", (string owner, string project, string stack, string minZ, string maxZ, HttpRequest request, LayoutFileService layout, CancellationToken ct) =>
            Layout(layout, StackIdOf(owner, project, stack), PathDouble(minZ, "minZ"), PathDouble(maxZ, "maxZ"), request, ct));
    }

    private static IResult Layout(LayoutFileService layout, Model.Stacks.StackId stackId, double? minZ, double? maxZ, HttpRequest request, CancellationToken ct)
    {
        var path = request.Path.Value!;
        var stackEnd = path.IndexOf("/stack/", StringComparison.Ordinal) + "/stack/".Length + Uri.EscapeDataString(stackId.Stack).Length;
        var stackUri = $"{request.Scheme}://{request.Host}{request.PathBase}{path[..Math.Min(stackEnd, path.Length)]}";
        var lines = layout.GetLinesAsync(stackId, minZ, maxZ, request.QueryString("format") ?? "KARSH", stackUri, ct);
        return new TextStreamResult(lines);
    }

    /// <summary>Layer-scoped reads: bounds, section data, tile bounds, tile specs, render parameters, box counts.</summary>
    private static void MapLayerEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/z/{z}/bounds", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetLayerBoundsAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), ct)));
        stack.MapGet("/z/{z}/sectionData", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetLayerSectionDataAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), ct)));
        stack.MapGet("/z/{z}/tileBounds", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetTileBoundsAsync(StackIdOf(owner, project, stack), TileQuery.Layer(PathDouble(z, "z")), ct)));
        stack.MapPut("/z/{z}/tileIds", async (string owner, string project, string stack, string z, HttpRequest request, StackDataService data, CancellationToken ct) =>
        {
            var ids = await request.ReadJsonAsync<List<string>>(ct) ?? [];
            await data.SetZAsync(StackIdOf(owner, project, stack), new TileQuery { TileIds = ids }, PathDouble(z, "z"), ct);
            return RenderResults.Created();
        });
        stack.MapDelete("/z/{z}", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
        {
            await data.DeleteTilesAsync(StackIdOf(owner, project, stack), TileQuery.Layer(PathDouble(z, "z")), ct);
            return RenderResults.Done();
        });
        stack.MapGet("/z/{z}/resolvedTiles", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
        {
            var zValue = PathDouble(z, "z");
            return RenderResults.Json(await data.GetResolvedTilesAsync(
                StackIdOf(owner, project, stack), TileQuery.Layer(zValue), $"z={JavaNumberFormat.FormatDouble(zValue)}", ct));
        });
        stack.MapPut("/z/{z}/resolvedTiles", async (string owner, string project, string stack, string z, HttpRequest request, TileImportService import, CancellationToken ct) =>
        {
            var tiles = await request.ReadJsonAsync<ResolvedTileSpecCollection>(ct);
            await import.SaveAsync(StackIdOf(owner, project, stack), tiles, request.QueryBool("deriveData") == true, PathDouble(z, "z"), ct);
            return RenderResults.Created();
        });
        stack.MapGet("/z/{z}/tile-specs", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
            RenderResults.SerializedJsonArray(await data.GetFlattenedTilesAsync(StackIdOf(owner, project, stack), TileQuery.Layer(PathDouble(z, "z")), ct)));
        stack.MapGet("/z/{z}/last-tile-transforms", async (string owner, string project, string stack, string z, StackDataService data, CancellationToken ct) =>
            RenderResults.Json(await data.GetLastTileTransformsAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), ct)));
        stack.MapRenderParameterEndpoints();
    }
}
