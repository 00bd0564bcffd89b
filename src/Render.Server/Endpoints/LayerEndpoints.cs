using Render.Model.Tiles;

namespace Render.Server.Endpoints;

/// <summary>
/// render's RenderDataService for one layer (<c>{S}/z/{z}</c>): bounds, section data, tile boxes,
/// tiles (resolved, flattened, last transforms), imports, z moves, deletes and layout files.
/// </summary>
internal static class LayerEndpoints
{
    public static void MapLayerEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapGet("/z/{z}/bounds", GetBoundsAsync);
        stack.MapGet("/z/{z}/sectionData", GetSectionDataAsync);
        stack.MapGet("/z/{z}/tileBounds", GetTileBoundsAsync);
        stack.MapPut("/z/{z}/tileIds", MoveTilesAsync);
        stack.MapDelete("/z/{z}", DeleteAsync);
        stack.MapGet("/z/{z}/resolvedTiles", GetResolvedTilesAsync);
        stack.MapPut("/z/{z}/resolvedTiles", SaveResolvedTilesAsync);
        stack.MapGet("/z/{z}/tile-specs", GetTileSpecsAsync);
        stack.MapGet("/z/{z}/last-tile-transforms", GetLastTileTransformsAsync);
        stack.MapGet("/z/{z}/layoutFile", GetLayoutFile);
        stack.MapGet("/zRange/{minZ},{maxZ}/layoutFile", GetRangeLayoutFile);
        stack.MapRenderParameterEndpoints();
    }

    private static async Task<JsonValueResult<Bounds>> GetBoundsAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetLayerBoundsAsync(route.Id, route.Z, ct));

    private static async Task<JsonArrayResult<SectionData>> GetSectionDataAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetLayerSectionDataAsync(route.Id, route.Z, ct));

    private static async Task<JsonValueResult<List<TileBounds>>> GetTileBoundsAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetTileBoundsAsync(route.Id, route.Tiles, ct));

    /// <summary>PUT z/{z}/tileIds: the listed tiles move to this layer.</summary>
    private static Task<CreatedAtRequestResult> MoveTilesAsync([AsParameters] LayerRoute route, JsonBody<List<string>> tileIds, StackDataService data, CancellationToken ct) =>
        RenderResults.CreatedAsync(data.SetZAsync(route.Id, tileIds.Value, route.Z, ct));

    private static Task<Ok> DeleteAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.DoneAsync(data.DeleteTilesAsync(route.Id, route.Tiles, ct));

    private static async Task<JsonValueResult<ResolvedTileSpecCollection>> GetResolvedTilesAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetResolvedTilesAsync(route.Id, route.Z, ct));

    private static Task<CreatedAtRequestResult> SaveResolvedTilesAsync(
        [AsParameters] LayerRoute route, JsonBody<ResolvedTileSpecCollection> tiles, TileImportService import, CancellationToken ct) =>
        RenderResults.CreatedAsync(import.SaveAsync(route.Id, tiles.Value, route.DeriveData, route.Z, ct));

    private static async Task<SerializedJsonArrayResult> GetTileSpecsAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.SerializedJsonArray(await data.GetFlattenedTilesAsync(route.Id, route.Tiles, ct));

    private static async Task<JsonValueResult<List<LastTileTransform>>> GetLastTileTransformsAsync([AsParameters] LayerRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetLastTileTransformsAsync(route.Id, route.Z, ct));

    private static TextStreamResult GetLayoutFile([AsParameters] LayerRoute route, LayoutFileService layout, CancellationToken ct) =>
        RenderResults.TextStream(layout.GetLinesAsync(route.Id, route.Z, route.Z, route.LayoutFormat, route.StackUri, ct));

    private static TextStreamResult GetRangeLayoutFile([AsParameters] ZRangeRoute route, LayoutFileService layout, CancellationToken ct) =>
        RenderResults.TextStream(layout.GetLinesAsync(route.Id, route.FromZ, route.ToZ, route.LayoutFormat, route.StackUri, ct));
}
