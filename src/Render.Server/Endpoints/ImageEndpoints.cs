using Render.Imaging.Codecs.Encoding;
using Render.Model.Rendering;

namespace Render.Server.Endpoints;

/// <summary>
/// render-ws's TileImageService and RenderImageService: tiles (as the matcher sees them, their
/// source and mask), boxes, whole layers and posted render parameters as JPEG, PNG, TIFF, 16-bit
/// and raw images, and CATMAID's large data tiles. Stack-scoped images carry the stack ETag (304
/// when unchanged).
/// </summary>
internal static class ImageEndpoints
{
    private const string Box = "/z/{z}/box/{x},{y},{width},{height},{scale}";
    private const string Dvid = "/dvid/imagetile/raw/xy/{width}_{height}/{x}_{y}_{z}";
    private const string LargeData = "/largeDataTileSource/{width:int}/{height:int}";
    private static readonly OutputFormat[] TileFormats = [OutputFormat.Jpeg, OutputFormat.Png, OutputFormat.Tiff, OutputFormat.Tiff16];
    private static readonly OutputFormat[] ArgbFormats = [OutputFormat.Jpeg, OutputFormat.Png, OutputFormat.Tiff];
    private static readonly OutputFormat[] AllFormats = Enum.GetValues<OutputFormat>();

    public static void MapImageEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/tile/{tileId}/{format}-image", GetTileAsync);
        stack.MapGet("/tile/{tileId}/source/{format}-image", GetTileSourceAsync);
        stack.MapGet("/tile/{tileId}/mask/{format}-image", GetTileMaskAsync);
        stack.MapGet("/tile/{tileId}/withNeighbors/jpeg-image", GetTileWithNeighborsAsync);
        stack.MapGet("/z/{z}/{format}-image", GetLayerAsync);
        stack.MapGet(Box + "/{format}-image", GetBoxAsync);
        stack.MapGet("/group/{groupId}" + Box + "/{format}-image", GetGroupBoxAsync);
        stack.MapGet(Dvid + "/{format}", GetDvidBoxAsync);
        stack.MapGet("/group/{groupId}" + Dvid + "/{format}", GetDvidBoxAsync);
        stack.MapGet(LargeData + "/{level:int}/{z}/{row:int}/{column:int}.{extension}", GetLargeDataTileAsync);
        stack.MapGet(LargeData + "/small/{z}.{extension}", GetLargeDataOverviewAsync);
        api.MapPut("/owner/{owner}/{format}-image", RenderPosted);
    }

    private static async Task<FileContentHttpResult> GetTileAsync([AsParameters] TileRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.TileAsync(route.Id, route.TileId, route.RenderQuery, route.Normalization, route.Image(TileFormats), ct));

    private static async Task<FileContentHttpResult> GetTileSourceAsync([AsParameters] TileRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.TileSourceAsync(route.Id, route.TileId, route.SourceScale, mask: false, route.RenderQuery, route.Image(ArgbFormats), ct));

    private static async Task<FileContentHttpResult> GetTileMaskAsync([AsParameters] TileRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.TileSourceAsync(route.Id, route.TileId, route.SourceScale, mask: true, route.RenderQuery, route.Image(ArgbFormats), ct));

    private static async Task<FileContentHttpResult> GetTileWithNeighborsAsync([AsParameters] TileRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.TileWithNeighborsAsync(
            route.Id, route.TileId, route.NeighborFactors, route.RenderQuery, route.Image(ArgbFormats, "jpeg") with { BoundingBoxesOnly = route.BoundingBoxesOnly }, ct));

    private static async Task<FileContentHttpResult> GetLayerAsync([AsParameters] LayerRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.LayerAsync(route.Id, route.Z, route.ImageQuery, route.Image(ArgbFormats), ct));

    private static async Task<FileContentHttpResult> GetBoxAsync([AsParameters] BoxRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.BoxAsync(route.Id, route.Box, route.RenderQuery, route.Image(AllFormats), ct));

    private static async Task<FileContentHttpResult> GetGroupBoxAsync([AsParameters] BoxRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.BoxAsync(route.Id, route.Box, route.RenderQuery, route.Image(ArgbFormats), ct));

    /// <summary>DVID names the format by its file extension (jpg, png, tif).</summary>
    private static async Task<FileContentHttpResult> GetDvidBoxAsync([AsParameters] BoxRoute route, ImageService images, CancellationToken ct) =>
        ImageResults.Of(await images.BoxAsync(route.Id, route.Box, route.RenderQuery, route.Image(ArgbFormats, ImageRequest.FormatNameOf(route.FormatName)), ct));

    private static async Task<FileContentHttpResult> GetLargeDataTileAsync([AsParameters] LargeDataTileRoute route, LargeDataTileService tiles, CancellationToken ct) =>
        ImageResults.Of(await tiles.TileAsync(route.Id, route.Tile, route.Format, route.RenderQuery, route.MaxTileSpecsToRender, ct));

    private static async Task<FileContentHttpResult> GetLargeDataOverviewAsync([AsParameters] LargeDataTileRoute route, LargeDataTileService tiles, CancellationToken ct) =>
        ImageResults.Of(await tiles.OverviewAsync(
            route.Id, route.Width, route.Height, route.Z, route.Format, route.MaxOverviewWidthAndHeight, route.TranslateOrigin, route.RenderQuery, route.MaxTileSpecsToRender, ct));

    private static FileContentHttpResult RenderPosted([AsParameters] OwnerImageRoute route, JsonBody<RenderParameters> parameters, ImageService images) =>
        ImageResults.Of(images.Posted(parameters.Value, route.Image(ArgbFormats)));
}
