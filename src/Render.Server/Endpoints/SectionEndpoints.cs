using Render.Model.Tiles;

namespace Render.Server.Endpoints;

/// <summary>render's RenderDataService for one section: its z (read and moved), its tile boxes, and deleting its tiles.</summary>
internal static class SectionEndpoints
{
    public static void MapSectionEndpoints(this RouteGroupBuilder stack)
    {
        stack.MapDelete("/section/{sectionId}", DeleteAsync);
        stack.MapGet("/section/{sectionId}/z", GetZAsync);
        stack.MapPut("/section/{sectionId}/z", SetZAsync);
        stack.MapGet("/section/{sectionId}/tileBounds", GetTileBoundsAsync);
    }

    private static Task<Ok> DeleteAsync([AsParameters] SectionRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.DoneAsync(data.DeleteTilesAsync(route.Id, route.Tiles, ct));

    private static async Task<JsonValueResult<double>> GetZAsync([AsParameters] SectionRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetSectionZAsync(route.Id, route.SectionId, ct));

    private static Task<CreatedAtRequestResult> SetZAsync([AsParameters] SectionRoute route, TextBody z, StackDataService data, CancellationToken ct) =>
        RenderResults.CreatedAsync(data.SetZAsync(route.Id, route.Tiles, z.Value, ct));

    private static async Task<JsonValueResult<List<TileBounds>>> GetTileBoundsAsync([AsParameters] SectionRoute route, StackDataService data, CancellationToken ct) =>
        RenderResults.Json(await data.GetTileBoundsAsync(route.Id, route.Tiles, ct));
}
