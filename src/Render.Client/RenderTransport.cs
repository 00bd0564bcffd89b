using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Render.Model.Json;

namespace Render.Client;

/// <summary>
/// The one connection every resource sub-client sends through: a pooled <see cref="HttpClient"/>
/// on the service's API root, the retry policy, and the ways an answer is read (JSON parsed from
/// the stream, a JSON array streamed element by element, bytes, text). Thread-safe.
/// </summary>
internal sealed partial class RenderTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly RetryPolicy _retry;

    public RenderTransport(RenderConnection connection, HttpMessageHandler handler, bool disposeHandler, RenderClientOptions options)
    {
        Connection = connection;
        Options = options;
        _retry = new RetryPolicy(options);
        _http = new HttpClient(handler, disposeHandler) { BaseAddress = connection.ApiBase, Timeout = options.Timeout };
        if (options.WriteToken is { } token)
        {
            _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>The service and the default owner and project.</summary>
    public RenderConnection Connection { get; }

    /// <summary>The timeout and retry settings.</summary>
    public RenderClientOptions Options { get; }

    /// <summary>The connection's owner.</summary>
    /// <exception cref="InvalidOperationException">The connection names no owner.</exception>
    public string DefaultOwner => Connection.Owner ?? throw new InvalidOperationException("the connection names no owner");

    /// <summary><paramref name="owner"/>, or the connection's owner when null.</summary>
    public string OwnerOr(string? owner) => owner ?? DefaultOwner;

    public static SocketsHttpHandler CreateHandler(RenderClientOptions options) => new()
    {
        // Long-lived clients must still see DNS changes; pooled connections are recycled.
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        AutomaticDecompression = DecompressionMethods.All,
    };

    /// <summary>A JSON body, made again for each attempt (a sent body cannot be sent twice).</summary>
    public static Func<HttpContent> JsonBody<T>(T value) => () => JsonContent.Create(value, RenderJson.TypeInfo<T>());

    /// <summary>The absolute URL of <paramref name="path"/> under the API root.</summary>
    public Uri UriOf(RequestPath path) => new(_http.BaseAddress!, path.ToString());

    public Task<T> GetJsonAsync<T>(RequestPath path, CancellationToken cancellationToken) =>
        SendJsonAsync<T>(HttpMethod.Get, UriOf(path), null, cancellationToken);

    public Task<T> SendJsonAsync<T>(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken) =>
        SendJsonAsync<T>(method, UriOf(path), body, cancellationToken);

    /// <summary>Sends a request and parses its JSON answer from the response stream.</summary>
    public async Task<T> SendJsonAsync<T>(HttpMethod method, Uri uri, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, uri, body, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var result = await RenderJson.ParseAsync<T>(stream, cancellationToken).ConfigureAwait(false);
            return result.Success
                ? result.Value
                : throw new RenderException($"{method} {uri} returned an answer that could not be read: {result.Error}", method, uri, response.StatusCode);
        }
    }

    /// <summary>Sends a request whose answer has no content of interest.</summary>
    public async Task SendAsync(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, UriOf(path), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a JSON array element by element as it arrives; the request is sent when enumeration starts.</summary>
    public async IAsyncEnumerable<T> StreamJsonArrayAsync<T>(RequestPath path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(HttpMethod.Get, UriOf(path), null, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = JsonSerializer.DeserializeAsyncEnumerable(stream, RenderJson.TypeInfo<T>(), cancellationToken);
            await foreach (var item in items.ConfigureAwait(false))
            {
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
    }

    public async Task<byte[]> SendForBytesAsync(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, UriOf(path), body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> GetTextAsync(RequestPath path, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(HttpMethod.Get, UriOf(path), null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A GET whose answer may be 204 No Content (render-ws's answer for an unset property): the
    /// parsed JSON, or the default when there is none.
    /// </summary>
    public async Task<T?> GetOptionalJsonAsync<T>(RequestPath path, CancellationToken cancellationToken)
        where T : class
    {
        var uri = UriOf(path);
        using var response = await SendForResponseAsync(HttpMethod.Get, uri, null, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent || bytes.Length == 0)
        {
            return null;
        }

        var result = RenderJson.Parse<T>(bytes);
        return result.Success
            ? result.Value
            : throw new RenderException($"GET {uri} returned an answer that could not be read: {result.Error}", HttpMethod.Get, uri, response.StatusCode);
    }

    public void Dispose() => _http.Dispose();
}
