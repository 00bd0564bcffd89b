using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// The typed client of render-ws: one connection to the service and a sub-client per resource,
/// <see cref="Stacks"/>, <see cref="Sections"/>, <see cref="Tiles"/>, <see cref="Coordinates"/>,
/// <see cref="Rendering"/> and <see cref="Matches"/>, each with one method per endpoint that
/// render-python and render's Java clients call, over the types of Render.Model. The sub-clients
/// share the connection's pooled handler and its retries, so create one client per service and
/// share it (thread-safe); dispose it when done. Transient failures of idempotent requests are
/// retried with back-off (see <see cref="RenderClientOptions"/>); every other failure is a
/// <see cref="RenderException"/> (a <see cref="RenderNotFoundException"/> for 404).
/// </summary>
/// <remarks>
/// Large answers (tile ids, match lists) are <see cref="IAsyncEnumerable{T}"/>s read from the
/// response stream as they arrive; other JSON answers are parsed from the stream without first
/// being read into a string.
/// </remarks>
public sealed class RenderClient : IDisposable
{
    private readonly RenderTransport _transport;

    /// <summary>A client of the service at <paramref name="connection"/> with its own pooled handler.</summary>
    public RenderClient(RenderConnection connection, RenderClientOptions? options = null)
        : this(connection, options ?? new RenderClientOptions(), handler: null)
    {
    }

    /// <summary>
    /// A client that sends through <paramref name="handler"/> (for a custom transport or a test
    /// double); the handler is not disposed with the client.
    /// </summary>
    public RenderClient(RenderConnection connection, HttpMessageHandler handler, RenderClientOptions? options = null)
        : this(connection, options ?? new RenderClientOptions(), handler ?? throw new ArgumentNullException(nameof(handler)))
    {
    }

    private RenderClient(RenderConnection connection, RenderClientOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _transport = new RenderTransport(connection, handler ?? RenderTransport.CreateHandler(options), disposeHandler: handler is null, options);
        Stacks = new StacksClient(_transport);
        Sections = new SectionsClient(_transport);
        Tiles = new TilesClient(_transport, Stacks, Sections);
        Coordinates = new CoordinatesClient(_transport);
        Rendering = new RenderingClient(_transport);
        Matches = new MatchesClient(_transport);
    }

    /// <summary>The service and the default owner and project.</summary>
    public RenderConnection Connection => _transport.Connection;

    /// <summary>The timeout and retry settings.</summary>
    public RenderClientOptions Options => _transport.Options;

    /// <summary>Owners, projects and stacks: metadata, versions, state, clone, rename, delete, bounds, mipmap path builder.</summary>
    public StacksClient Stacks { get; }

    /// <summary>The layers (z) and sections of a stack: z values, section data, layer and tile bounds, deletes.</summary>
    public SectionsClient Sections { get; }

    /// <summary>Tile specs: one tile, a layer, resolved tiles (read and save), tile ids, the bulk import and transform changes.</summary>
    public TilesClient Tiles { get; }

    /// <summary>World and tile-local coordinates, one point or a batch.</summary>
    public CoordinatesClient Coordinates { get; }

    /// <summary>Render parameters and images of a tile, a layer, a box or any render-parameters URL.</summary>
    public RenderingClient Rendering { get; }

    /// <summary>Point-match collections: owners, collections, group ids, pair queries, saves, counts and deletes.</summary>
    public MatchesClient Matches { get; }

    /// <summary>The id of <paramref name="stack"/> in the connection's owner and project.</summary>
    /// <exception cref="InvalidOperationException">The connection has no owner or project.</exception>
    public StackId StackIdOf(string stack) =>
        new(_transport.DefaultOwner, Connection.Project ?? throw new InvalidOperationException("the connection names no project"), stack);

    /// <summary>The id of match collection <paramref name="name"/> of the connection's owner.</summary>
    /// <exception cref="InvalidOperationException">The connection has no owner.</exception>
    public MatchCollectionId CollectionIdOf(string name) => new(_transport.DefaultOwner, name);

    /// <summary>A new, probably unique, hexadecimal id from the service (render's <c>likelyUniqueId</c>).</summary>
    public Task<string> GetLikelyUniqueIdAsync(CancellationToken cancellationToken = default) =>
        _transport.GetTextAsync(RequestPath.Root().Literal("likelyUniqueId"), cancellationToken);

    public void Dispose() => _transport.Dispose();
}
