using Render.Model.Rendering;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// Render parameters and images of a tile, a layer or a box. Images are returned as the encoded
/// bytes the service sends; decoding is the caller's (render-python decodes with PIL).
/// </summary>
public sealed partial class RenderClient
{
    /// <summary>The render parameters of one tile, transforms resolved (render-python's <c>get_tile_renderparams</c>).</summary>
    public Task<RenderParameters> GetTileRenderParametersAsync(
        StackId stackId, string tileId, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<RenderParameters>(WithQuery(TilePath(stackId, tileId).Literal("render-parameters"), query), cancellationToken);

    /// <summary>The render parameters of layer <paramref name="z"/> (render-python's <c>get_section_renderparams</c>).</summary>
    public Task<RenderParameters> GetLayerRenderParametersAsync(
        StackId stackId, double z, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<RenderParameters>(WithQuery(RequestPath.Stack(stackId).Literal("z").Value(z).Literal("render-parameters"), query), cancellationToken);

    /// <summary>The render parameters of a box (render-python's <c>get_bb_renderparams</c> and <c>get_tile_specs_from_box</c>).</summary>
    public Task<RenderParameters> GetBoxRenderParametersAsync(
        StackId stackId, RenderBox box, RenderQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(box);
        return GetJsonAsync<RenderParameters>(WithQuery(box.AppendTo(RequestPath.Stack(stackId)).Literal("render-parameters"), query), cancellationToken);
    }

    /// <summary>One tile rendered (render-python's <c>get_tile_image_data</c>).</summary>
    public Task<byte[]> GetTileImageAsync(
        StackId stackId, string tileId, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        SendForBytesAsync(HttpMethod.Get, WithQuery(TilePath(stackId, tileId).Literal(Suffix(format)), query), null, cancellationToken);

    /// <summary>A whole layer rendered (render-python's <c>get_section_image</c>; the service's default scale is 0.01).</summary>
    public Task<byte[]> GetLayerImageAsync(
        StackId stackId, double z, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        SendForBytesAsync(HttpMethod.Get, WithQuery(RequestPath.Stack(stackId).Literal("z").Value(z).Literal(Suffix(format)), query), null, cancellationToken);

    /// <summary>A box rendered (render-python's <c>get_bb_image</c>).</summary>
    public Task<byte[]> GetBoxImageAsync(
        StackId stackId, RenderBox box, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(box);
        return SendForBytesAsync(HttpMethod.Get, WithQuery(box.AppendTo(RequestPath.Stack(stackId)).Literal(Suffix(format)), query), null, cancellationToken);
    }

    /// <summary>
    /// Renders the given parameters (render-python's <c>get_renderparameters_image</c>). A PUT that
    /// changes nothing, so it is retried like a GET.
    /// </summary>
    public Task<byte[]> RenderImageAsync(RenderParameters parameters, ImageFormat format, string? owner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendForBytesAsync(
            HttpMethod.Put, RequestPath.Root().Literal("owner").Value(OwnerOr(owner)).Literal(Suffix(format)), JsonBody(parameters), cancellationToken);
    }

    private static RequestPath TilePath(StackId stackId, string tileId) => RequestPath.Stack(stackId).Literal("tile").Value(tileId);

    private static RequestPath WithQuery(RequestPath path, RenderQuery? query) => query is null ? path : query.AppendTo(path);

    private static string Suffix(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png-image",
        ImageFormat.Jpeg => "jpeg-image",
        ImageFormat.Tiff => "tiff-image",
        ImageFormat.Tiff16 => "tiff16-image",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an image format"),
    };
}
