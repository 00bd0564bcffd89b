using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Render.Imaging.Codecs.Encoding;
using Render.Model;
using Render.Model.Rendering;
using Render.Server.Http;
using Render.Server.Services;
using static Render.Server.Http.JavaParameters;

namespace Render.Server.Endpoints;

/// <summary>
/// render-ws's TileImageService and RenderImageService: tiles (as the matcher sees them, their
/// source and mask), boxes, whole layers and posted render parameters as JPEG, PNG, TIFF, 16-bit
/// and raw images. Stack-scoped images carry the stack ETag (304 when unchanged).
/// </summary>
internal static class ImageEndpoints
{
    private const string Box = "/z/{z}/box/{x},{y},{width},{height},{scale}";
    private const string Dvid = "/dvid/imagetile/raw/xy/{width}_{height}/{x}_{y}_{z}";
    private static readonly OutputFormat[] TileFormats = [OutputFormat.Jpeg, OutputFormat.Png, OutputFormat.Tiff, OutputFormat.Tiff16];
    private static readonly OutputFormat[] ArgbFormats = [OutputFormat.Jpeg, OutputFormat.Png, OutputFormat.Tiff];
    private static readonly OutputFormat[] AllFormats = Enum.GetValues<OutputFormat>();

    public static void MapImageEndpoints(this IEndpointRouteBuilder api)
    {
        var stack = api.MapGroup(RenderServer.StackPath).AddEndpointFilter<StackETags>();
        stack.MapGet("/tile/{tileId}/{format}-image", async (string owner, string project, string stack, string tileId, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            Image(images, await parameters.ForTileAsync(StackIdOf(owner, project, stack), tileId, request.RenderQuery(), request.TileNormalization(), ct), format, TileFormats, request));
        stack.MapGet("/tile/{tileId}/source/{format}-image", (string owner, string project, string stack, string tileId, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            SourceAsync(parameters, images, owner, project, stack, tileId, format, mask: false, request, ct));
        stack.MapGet("/tile/{tileId}/mask/{format}-image", (string owner, string project, string stack, string tileId, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            SourceAsync(parameters, images, owner, project, stack, tileId, format, mask: true, request, ct));
        stack.MapGet("/tile/{tileId}/withNeighbors/jpeg-image", async (string owner, string project, string stack, string tileId, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            Image(images, await parameters.ForTileWithNeighborsAsync(StackIdOf(owner, project, stack), tileId, request.QueryDouble("widthFactor") ?? 0.3, request.QueryDouble("heightFactor") ?? 0.3, request.RenderQuery(), ct), "jpeg", ArgbFormats, request, request.QueryBool("boundingBoxesOnly") == true));
        stack.MapGet("/z/{z}/{format}-image", async (string owner, string project, string stack, string z, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            Image(images, await parameters.ForLayerAsync(StackIdOf(owner, project, stack), PathDouble(z, "z"), request.RenderQuery() with { Scale = request.QueryDouble("scale") ?? 0.01 }, ct), format, ArgbFormats, request));
        stack.MapGet(Box + "/{format}-image", (string owner, string project, string stack, string z, string x, string y, string width, string height, string scale, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            BoxAsync(parameters, images, owner, project, stack, null, z, x, y, width, height, PathDouble(scale, "scale"), format, AllFormats, request, ct));
        stack.MapGet("/group/{groupId}" + Box + "/{format}-image", (string owner, string project, string stack, string groupId, string z, string x, string y, string width, string height, string scale, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            BoxAsync(parameters, images, owner, project, stack, groupId, z, x, y, width, height, PathDouble(scale, "scale"), format, ArgbFormats, request, ct));
        stack.MapGet(Dvid + "/{format}", (string owner, string project, string stack, string z, string x, string y, string width, string height, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            BoxAsync(parameters, images, owner, project, stack, null, z, x, y, width, height, 1.0, DvidFormat(format), ArgbFormats, request, ct));
        stack.MapGet("/group/{groupId}" + Dvid + "/{format}", (string owner, string project, string stack, string groupId, string z, string x, string y, string width, string height, string format, HttpRequest request, RenderParametersService parameters, ImageRenderService images, CancellationToken ct) =>
            BoxAsync(parameters, images, owner, project, stack, groupId, z, x, y, width, height, 1.0, DvidFormat(format), ArgbFormats, request, ct));
        stack.MapGet("/largeDataTileSource/{width:int}/{height:int}/{level:int}/{z}/{row:int}/{column:int}.{extension}", async (string owner, string project, string stack, int width, int height, int level, string z, int row, int column, string extension, HttpRequest request, LargeDataTileService tiles, CancellationToken ct) =>
            ImageResults.Bytes(await tiles.TileAsync(StackIdOf(owner, project, stack), new LargeDataTile(width, height, level, PathDouble(z, "z"), row, column), LargeDataFormat(extension), request.RenderQuery(), request.QueryInt("maxTileSpecsToRender"), ct), LargeDataFormat(extension)));
        stack.MapGet("/largeDataTileSource/{width:int}/{height:int}/small/{z}.{extension}", async (string owner, string project, string stack, int width, int height, string z, string extension, HttpRequest request, LargeDataTileService tiles, CancellationToken ct) =>
            ImageResults.Bytes(await tiles.OverviewAsync(StackIdOf(owner, project, stack), width, height, PathDouble(z, "z"), LargeDataFormat(extension), request.QueryInt("maxOverviewWidthAndHeight"), request.QueryBool("translateOrigin") == true, request.RenderQuery(), request.QueryInt("maxTileSpecsToRender"), ct), LargeDataFormat(extension)));
        api.MapPut("/owner/{owner}/{format}-image", async (string format, HttpRequest request, ImageRenderService images, CancellationToken ct) =>
            Image(images, await request.ReadJsonAsync<RenderParameters>(ct) ?? throw new RenderInputException("no render parameters in the request body"), format, ArgbFormats, request));
    }

    private static async Task<IResult> SourceAsync(
        RenderParametersService parameters, ImageRenderService images, string owner, string project, string stack, string tileId, string format, bool mask, HttpRequest request, CancellationToken ct) =>
        Image(images, await parameters.ForTileSourceAsync(StackIdOf(owner, project, stack), tileId, request.QueryDouble("scale") ?? 1.0, mask, request.RenderQuery(), ct).ConfigureAwait(false), format, ArgbFormats, request);

    private static async Task<IResult> BoxAsync(
        RenderParametersService parameters, ImageRenderService images, string owner, string project, string stack, string? groupId,
        string z, string x, string y, string width, string height, double scale, string format, OutputFormat[] formats, HttpRequest request, CancellationToken ct) =>
        Image(images, await parameters.ForBoxAsync(
            StackIdOf(owner, project, stack), PathDouble(z, "z"), PathDouble(x, "x"), PathDouble(y, "y"),
            PathInt(width, "width"), PathInt(height, "height"), scale, groupId, request.RenderQuery(), ct).ConfigureAwait(false), format, formats, request);

    private static IResult Image(ImageRenderService images, RenderParameters parameters, string formatName, OutputFormat[] allowed, HttpRequest request, bool boundingBoxesOnly = false)
    {
        var format = ImageResults.FormatOf(formatName, allowed);
        return ImageResults.Bytes(images.Render(parameters, format, request.QueryInt("maxTileSpecsToRender"), boundingBoxesOnly), format);
    }

    private static OutputFormat LargeDataFormat(string extension) => ImageResults.FormatOf(DvidFormat(extension), [OutputFormat.Jpeg, OutputFormat.Png]);

    private static string DvidFormat(string extension) => extension switch
    {
        "jpg" => "jpeg",
        "tif" => "tiff",
        "png" => "png",
        _ => "unknown",
    };
}
