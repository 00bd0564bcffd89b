using Render.Model.Tiles;

namespace Render.Client;

/// <content>Tile specs read from any URL, as render's ArgbRenderer loads its <c>--tile_spec_url</c>.</content>
public sealed partial class TilesClient
{
    /// <summary>
    /// The JSON array of tile specs at <paramref name="url"/> (render's <c>TileSpec.fromJsonArray</c>
    /// of a URL's content): an absolute http(s) URL is read as it is, a relative one under the
    /// connection's API root. Sent with the client's retries and errors.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is absolute but not http or https.</exception>
    public Task<List<TileSpec>> GetFromUrlAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsAbsoluteUri && url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"tile specs are read over http(s), not from {url}", nameof(url));
        }

        var absolute = url.IsAbsoluteUri ? url : new Uri(_transport.Connection.ApiBase, url);
        return _transport.SendJsonAsync<List<TileSpec>>(HttpMethod.Get, absolute, null, cancellationToken);
    }
}
