using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// The typed client of render-ws: one method per endpoint render-python calls, over the types of
/// Render.Model. One pooled connection set per instance, so create one per service and share it
/// (thread-safe); dispose it when done. Transient failures of idempotent requests are retried with
/// back-off (see <see cref="RenderClientOptions"/>); every other failure is a
/// <see cref="RenderException"/> (a <see cref="RenderNotFoundException"/> for 404).
/// </summary>
/// <remarks>
/// The methods are grouped by resource in partial files: stacks, tiles, coordinates, rendering and
/// point matches. Large answers (tile ids, match lists) are <see cref="IAsyncEnumerable{T}"/>s read
/// from the response stream as they arrive; other JSON answers are parsed from the stream without
/// first being read into a string.
/// </remarks>
public sealed partial class RenderClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RetryPolicy _retry;

    /// <summary>A client of the service at <paramref name="connection"/> with its own pooled handler.</summary>
    public RenderClient(RenderConnection connection, RenderClientOptions? options = null)
        : this(connection, CreateHandler(options ?? new RenderClientOptions()), disposeHandler: true, options)
    {
    }

    /// <summary>
    /// A client that sends through <paramref name="handler"/> (for a custom transport or a test
    /// double); the handler is not disposed with the client.
    /// </summary>
    public RenderClient(RenderConnection connection, HttpMessageHandler handler, RenderClientOptions? options = null)
        : this(connection, handler, disposeHandler: false, options)
    {
    }

    private RenderClient(RenderConnection connection, HttpMessageHandler handler, bool disposeHandler, RenderClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(handler);
        Connection = connection;
        Options = options ?? new RenderClientOptions();
        _retry = new RetryPolicy(Options);
        _http = new HttpClient(handler, disposeHandler) { BaseAddress = connection.ApiBase, Timeout = Options.Timeout };
    }

    /// <summary>The service and the default owner and project.</summary>
    public RenderConnection Connection { get; }

    /// <summary>The timeout and retry settings.</summary>
    public RenderClientOptions Options { get; }

    /// <summary>The id of <paramref name="stack"/> in the connection's owner and project.</summary>
    /// <exception cref="InvalidOperationException">The connection has no owner or project.</exception>
    public StackId StackIdOf(string stack) => new(DefaultOwner(), Connection.Project ?? throw new InvalidOperationException("the connection names no project"), stack);

    /// <summary>The id of match collection <paramref name="name"/> of the connection's owner.</summary>
    /// <exception cref="InvalidOperationException">The connection has no owner.</exception>
    public MatchCollectionId CollectionIdOf(string name) => new(DefaultOwner(), name);

    public void Dispose() => _http.Dispose();

    private string DefaultOwner() => Connection.Owner ?? throw new InvalidOperationException("the connection names no owner");

    private string OwnerOr(string? owner) => owner ?? DefaultOwner();

    private static SocketsHttpHandler CreateHandler(RenderClientOptions options) => new()
    {
        // Long-lived clients must still see DNS changes; pooled connections are recycled.
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        AutomaticDecompression = DecompressionMethods.All,
    };

    /// <summary>A JSON body, made again for each attempt (a sent body cannot be sent twice).</summary>
    private static Func<HttpContent> JsonBody<T>(T value) => () => JsonContent.Create(value, RenderJson.TypeInfo<T>());

    private async Task<T> GetJsonAsync<T>(RequestPath path, CancellationToken cancellationToken) =>
        await SendJsonAsync<T>(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Sends a request and parses its JSON answer from the response stream.</summary>
    private async Task<T> SendJsonAsync<T>(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var result = await RenderJson.ParseAsync<T>(stream, cancellationToken).ConfigureAwait(false);
            return result.Success
                ? result.Value
                : throw new RenderException(
                    $"{method} {UriOf(path)} returned an answer that could not be read: {result.Error}", method, UriOf(path), response.StatusCode);
        }
    }

    /// <summary>Sends a request whose answer has no content of interest.</summary>
    private async Task SendAsync(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, path, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a JSON array element by element as it arrives.</summary>
    private async IAsyncEnumerable<T> StreamJsonArrayAsync<T>(RequestPath path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
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

    private async Task<byte[]> SendForBytesAsync(HttpMethod method, RequestPath path, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> GetTextAsync(RequestPath path, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
