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
    /// <summary>The token render's pair files put where the API root goes (<c>RenderableCanvasIdPairs.TEMPLATE_BASE_DATA_URL_TOKEN</c>).</summary>
    public const string BaseDataUrlToken = "{baseDataUrl}";

    /// <summary>The token of a canvas's group id in a render-parameters URL template.</summary>
    public const string GroupIdToken = "{groupId}";

    /// <summary>The token of a canvas's id in a render-parameters URL template.</summary>
    public const string IdToken = "{id}";

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
    /// canvas URL template once it is filled in (render's <c>RenderParameters.loadFromUrl</c>). An
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

    /// <summary>
    /// The render-parameters URL template of the tiles of <paramref name="stackId"/> that render's
    /// TilePairClient writes into a pair file: <c>{baseDataUrl}/owner/o/project/p/stack/s/tile/{id}/render-parameters</c>.
    /// </summary>
    public static string TileParametersUrlTemplate(StackId stackId) =>
        $"{BaseDataUrlToken}/{RequestPath.Stack(stackId).Literal("tile").Literal(IdToken).Literal("render-parameters")}";

    /// <summary>
    /// A render-parameters URL with a leading <see cref="BaseDataUrlToken"/> replaced by this
    /// connection's API root (render's <c>getRenderParametersUrlTemplate(baseDataUrl)</c>); any other
    /// URL is returned as it is. Canvas tokens are the caller's to fill in first.
    /// </summary>
    /// <exception cref="UriFormatException">The result is not an absolute URL.</exception>
    public Uri ResolveParametersUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var resolved = url.StartsWith(BaseDataUrlToken, StringComparison.Ordinal)
            ? _transport.Connection.ApiBase.ToString().TrimEnd('/') + url[BaseDataUrlToken.Length..]
            : url;
        return new Uri(resolved, UriKind.Absolute);
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
