using System.Text.RegularExpressions;
using Render.Model.Json;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// The render parameters behind a trial's canvas URL, without fetching anything: this server's own
/// tile render-parameters URLs (<c>http://host/render-ws/v1/owner/O/project/P/stack/S/tile/T/render-parameters?...</c>,
/// render's only trial form) are answered in-process with the same query options as the endpoint,
/// and <c>file:</c> URLs of render-parameters JSON are read only inside the image roots. Anything
/// else (another host, another path) is refused with a 400.
/// </summary>
internal sealed partial class TrialCanvasSource(RenderParametersService parameters, MatchTrialRunner runner)
{
    /// <summary>The largest render-parameters file read from a <c>file:</c> URL.</summary>
    private const long MaxFileBytes = 64L << 20;

    /// <summary>The canvas's render parameters and its tile id (render's TILE_TEMPLATE_PATTERN group, or the first tile's id).</summary>
    /// <exception cref="ArgumentException">The URL is not one this server resolves, or its parameters cannot be made.</exception>
    public async Task<(RenderParameters Parameters, string TileId)> LoadAsync(string name, string url, HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                var loaded = ReadFile(url);
                var fileMatch = TileIdPattern().Match(url);
                var id = fileMatch.Success ? Segment(fileMatch, "tile") : (loaded.TileSpecs.Count > 0 ? loaded.TileSpecs[0].TileId : null);
                return (loaded, id ?? throw new ArgumentException($"{name} '{url}' names no tile"));
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                throw new ArgumentException($"{name} '{url}' is not an absolute URL");
            }

            var tileMatch = ServerTilePattern().Match(uri.AbsolutePath);
            if (uri.Scheme is not ("http" or "https") || !tileMatch.Success || !IsThisServer(uri, request))
            {
                throw new ArgumentException(
                    $"{name} '{url}' is not resolved by this server: give this server's tile render-parameters URL "
                    + $"({request.Scheme}://{request.Host}{RenderServer.ApiBase}/owner/O/project/P/stack/S/tile/T/render-parameters?...) or a file: URL inside the image roots");
            }

            var query = new DefaultHttpContext().Request;
            query.QueryString = new QueryString(uri.Query);
            var stackId = new StackId(Segment(tileMatch, "owner"), Segment(tileMatch, "project"), Segment(tileMatch, "stack"));
            var tileId = Segment(tileMatch, "tile");
            var made = await parameters.ForTileAsync(stackId, tileId, query.RenderQuery(), query.TileNormalization(), cancellationToken).ConfigureAwait(false);
            return (made.Parameters, tileId);
        }
        catch (Exception e) when (e is Errors.NotFoundException or Storage.StackDataException)
        {
            throw new ArgumentException($"{name} '{url}' cannot be loaded: {e.Message}", e);
        }
    }

    private RenderParameters ReadFile(string url)
    {
        var path = runner.Policy.Authorize(url);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new ArgumentException($"render parameters file '{url}' does not exist");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new ArgumentException($"render parameters file '{url}' is larger than this server reads ({MaxFileBytes >> 20} MB)");
        }

        return RenderJson.Parse<RenderParameters>(File.ReadAllBytes(path)).GetValueOrThrow();
    }

    /// <summary>The request's own host, or a loopback name on the same port (a page may say localhost for 127.0.0.1).</summary>
    private static bool IsThisServer(Uri uri, HttpRequest request)
    {
        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return uri.IsLoopback && uri.Port == port && request.HttpContext.Connection.LocalIpAddress is { } local && System.Net.IPAddress.IsLoopback(local);
    }

    private static string Segment(Match match, string group) => Uri.UnescapeDataString(match.Groups[group].Value);

    [GeneratedRegex(@"^/render-ws/v1/owner/(?<owner>[^/]+)/project/(?<project>[^/]+)/stack/(?<stack>[^/]+)/tile/(?<tile>[^/]+)/render-parameters/?$")]
    private static partial Regex ServerTilePattern();

    /// <summary>render's MatchTrial TILE_TEMPLATE_PATTERN: the tile id before <c>/render-parameters</c>.</summary>
    [GeneratedRegex(@"/tile/(?<tile>[^/]+)/render-parameters")]
    private static partial Regex TileIdPattern();
}
