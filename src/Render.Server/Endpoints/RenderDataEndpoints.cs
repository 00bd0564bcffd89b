using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Server.Endpoints;

/// <summary>
/// render's RenderDataService across a stack: z values, section data and its views, tile ids, tiles
/// by id, resolved tiles (read and import), shared transforms and the layout file. Sections and
/// layers have their own groups.
/// </summary>
internal static class RenderDataEndpoints
{
    public static void MapRenderDataEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/zValues", GetZValuesAsync);
        stack.MapGet("/sectionData", GetSectionDataAsync);
        stack.MapGet("/reorderedSectionData", GetReorderedSectionDataAsync);
        stack.MapGet("/mergedZValues", GetMergedZValuesAsync);
        stack.MapGet("/mergeableData", GetMergeableDataAsync);
        stack.MapGet("/mergeableZValues", GetMergeableZValuesAsync);
        stack.MapGet("/tileIds", GetTileIds);
        stack.MapPut("/tile-specs-with-ids", GetTilesWithIdsAsync);
        stack.MapGet("/resolvedTiles", GetResolvedTilesAsync);
        stack.MapPut("/resolvedTiles", SaveResolvedTilesAsync);
        stack.MapGet("/transform/{transformId}", GetTransformAsync);
        stack.MapGet("/layoutFile", GetLayoutFile);
        stack.MapSectionEndpoints();
        stack.MapLayerEndpoints();
    }

    private static async Task<JsonArrayResult<double>> GetZValuesAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetZValuesAsync(route.Id, route.MinZ, route.MaxZ, ct));

    private static async Task<JsonArrayResult<SectionData>> GetSectionDataAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetSectionDataAsync(route.Id, route.MinZ, route.MaxZ, ct));

    private static async Task<JsonArrayResult<SectionData>> GetReorderedSectionDataAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetReorderedSectionDataAsync(route.Id, route.MinZ, route.MaxZ, ct));

    private static async Task<JsonArrayResult<double>> GetMergedZValuesAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetMergedZValuesAsync(route.Id, route.MinZ, route.MaxZ, ct));

    private static async Task<PlainTextResult> GetMergeableDataAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Text(await data.GetMergeableDataAsync(route.Id, route.MinZ, route.MaxZ, ct));

    private static async Task<JsonArrayResult<double>> GetMergeableZValuesAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetMergeableZValuesAsync(route.Id, route.MinZ, route.MaxZ, ct));

    /// <summary>Streamed: a stack's tile ids can run to millions.</summary>
    private static JsonArrayResult<string> GetTileIds([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.JsonArray(data.GetTileIdsAsync(route.Id, route.MinZ, route.MaxZ, route.MatchPattern, ct));

    private static async Task<SerializedJsonArrayResult> GetTilesWithIdsAsync(
        [AsParameters] StackRoute route, JsonBody<List<string>> tileIds, StackDataService data, CancellationToken ct) =>
        RenderResults.SerializedJsonArray(await data.GetFlattenedTilesAsync(route.Id, tileIds.Value, ct));

    private static async Task<JsonValueResult<ResolvedTileSpecCollection>> GetResolvedTilesAsync([AsParameters] StackRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetResolvedTilesAsync(route.Id, route.ResolvedTiles, "the given query", ct));

    private static Task<CreatedAtRequestResult> SaveResolvedTilesAsync(
        [AsParameters] StackRoute route, JsonBody<ResolvedTileSpecCollection> tiles, TileImportService import, CancellationToken ct) =>
        RenderResults.CreatedAsync(import.SaveAsync(route.Id, tiles.Value, route.DeriveData, null, ct));

    private static async Task<JsonValueResult<TransformSpec>> GetTransformAsync([AsParameters] TransformRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetTransformAsync(route.Id, route.TransformId, ct));

    private static TextStreamResult GetLayoutFile([AsParameters] StackRoute route, LayoutFileService layout, CancellationToken ct) =>
        RenderResults.TextStream(layout.GetLinesAsync(route.Id, route.MinZ, route.MaxZ, route.LayoutFormat, route.StackUri, ct));
}
