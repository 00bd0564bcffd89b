using Render.Model.Rendering;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// Render parameters and images of a tile, a layer, a box, or any render-parameters URL
/// (<see cref="RenderClient.Rendering"/>). Images are returned as the encoded bytes the service
/// sends; decoding is the caller's (render-python decodes with PIL).
/// </summary>
public sealed class RenderingClient
{
    private readonly RenderTransport _transport;

    internal RenderingClient(RenderTransport transport) => _transport = transport;

    /// <summary>The render parameters of one tile, transforms resolved (render-python's <c>get_tile_renderparams</c>).</summary>
    public Task<RenderParameters> GetTileParametersAsync(
        StackId stackId, string tileId, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<RenderParameters>(WithQuery(RequestPath.Tile(stackId, tileId).Literal("render-parameters"), query), cancellationToken);

    /// <summary>The render parameters of layer <paramref name="z"/> (render-python's <c>get_section_renderparams</c>, render's <c>getRenderParametersForZ</c>).</summary>
    public Task<RenderParameters> GetLayerParametersAsync(
        StackId stackId, double z, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<RenderParameters>(WithQuery(RequestPath.Layer(stackId, z).Literal("render-parameters"), query), cancellationToken);

    /// <summary>
    /// The render parameters of a box (render-python's <c>get_bb_renderparams</c> and
    /// <c>get_tile_specs_from_box</c>; the URL render's section and box clients build).
    /// </summary>
    public Task<RenderParameters> GetBoxParametersAsync(
        StackId stackId, RenderBox box, RenderQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(box);
        return _transport.GetJsonAsync<RenderParameters>(WithQuery(box.AppendTo(RequestPath.Stack(stackId)).Literal("render-parameters"), query), cancellationToken);
    }

    /// <summary>
    /// The render parameters at <paramref name="url"/>: what render's matching clients load from a
    /// canvas URL template once it is filled in (render's <c>RenderParameters.loadFromUrl</c>; the
    /// templates are Render.Matching's <c>RenderParametersUrlTemplate</c>, whose base-data-URL token
    /// stands for <see cref="RenderConnection.BaseDataUrl"/>). An
    /// absolute http(s) URL is read as it is, wherever it points; a relative one is read under the
    /// connection's API root (<c>owner/o/project/p/stack/s/tile/t/render-parameters?scale=0.4</c>).
    /// Sent with the client's retries and errors.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is absolute but not http or https.</exception>
    public Task<RenderParameters> GetParametersAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsAbsoluteUri && url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"render parameters are read over http(s), not from {url}", nameof(url));
        }

        var absolute = url.IsAbsoluteUri ? url : new Uri(_transport.Connection.ApiBase, url);
        return _transport.SendJsonAsync<RenderParameters>(HttpMethod.Get, absolute, null, cancellationToken);
    }

    /// <summary>One tile rendered (render-python's <c>get_tile_image_data</c>).</summary>
    public Task<byte[]> GetTileImageAsync(
        StackId stackId, string tileId, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        _transport.SendForBytesAsync(HttpMethod.Get, WithQuery(RequestPath.Tile(stackId, tileId).Literal(Suffix(format)), query), null, cancellationToken);

    /// <summary>A whole layer rendered (render-python's <c>get_section_image</c>; the service's default scale is 0.01).</summary>
    public Task<byte[]> GetLayerImageAsync(
        StackId stackId, double z, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default) =>
        _transport.SendForBytesAsync(HttpMethod.Get, WithQuery(RequestPath.Layer(stackId, z).Literal(Suffix(format)), query), null, cancellationToken);

    /// <summary>A box rendered (render-python's <c>get_bb_image</c>).</summary>
    public Task<byte[]> GetBoxImageAsync(
        StackId stackId, RenderBox box, ImageFormat format, RenderQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(box);
        return _transport.SendForBytesAsync(HttpMethod.Get, WithQuery(box.AppendTo(RequestPath.Stack(stackId)).Literal(Suffix(format)), query), null, cancellationToken);
    }

    /// <summary>
    /// Renders the given parameters (render-python's <c>get_renderparameters_image</c>). A PUT that
    /// changes nothing, so it is retried like a GET.
    /// </summary>
    public Task<byte[]> RenderImageAsync(RenderParameters parameters, ImageFormat format, string? owner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return _transport.SendForBytesAsync(
            HttpMethod.Put, RequestPath.Root().Literal("owner").Value(_transport.OwnerOr(owner)).Literal(Suffix(format)), RenderTransport.JsonBody(parameters), cancellationToken);
    }

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
