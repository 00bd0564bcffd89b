using System.Runtime.CompilerServices;
using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// Tile reads shared by the services: render's cap on resolved-tile queries, loading the shared
/// transforms tiles refer to (transitively), and resolving and flattening tiles.
/// </summary>
public sealed class TileReader(IRenderStore store)
{
    /// <summary>render aborts a resolved-tile query once more than this many tiles match.</summary>
    public const int MaxTilesPerQuery = 50_000;

    /// <summary>render resolves references in at most this many passes.</summary>
    private const int MaxResolutionPasses = 10;

    /// <summary>The matching tiles as stored, at most <see cref="MaxTilesPerQuery"/> (400 beyond).</summary>
    public async Task<List<TileSpec>> FindAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        var tiles = new List<TileSpec>();
        await foreach (var tile in store.Tiles.FindTilesAsync(stackId, query, cancellationToken).ConfigureAwait(false))
        {
            if (tiles.Count == MaxTilesPerQuery)
            {
                throw TooBroad(query);
            }

            tiles.Add(tile);
        }

        return tiles;
    }

    /// <summary>The matching tiles with references resolved and, when asked, transforms flattened.</summary>
    public async Task<List<TileSpec>> FindResolvedAsync(StackId stackId, TileQuery query, bool flatten, CancellationToken cancellationToken)
    {
        var tiles = await FindAsync(stackId, query, cancellationToken).ConfigureAwait(false);
        return await ResolveAsync(stackId, tiles, flatten, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The matching tiles resolved and flattened, each as its JSON, at most
    /// <see cref="MaxTilesPerQuery"/> (400 beyond). A tile that resolving and flattening cannot
    /// change is served as stored, not parsed and written again (most of a layer read's cost);
    /// the others go through the model in one batch.
    /// </summary>
    public async Task<List<byte[]>> FindFlattenedJsonAsync(StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<byte[]>();
        var changing = new List<int>();
        await foreach (var json in store.Tiles.FindTileJsonAsync(stackId, query, cancellationToken).ConfigureAwait(false))
        {
            if (rows.Count == MaxTilesPerQuery)
            {
                throw TooBroad(query);
            }

            if (!CanonicalTileJson.IsResolvedAndFlat(json))
            {
                changing.Add(rows.Count);
            }

            rows.Add(json);
        }

        if (changing.Count > 0)
        {
            var tiles = new TileSpec[changing.Count];
            Parallel.For(0, tiles.Length, i => tiles[i] = StoredTileJson.Parse(rows[changing[i]]));
            var flattened = await ResolveAsync(stackId, tiles, flatten: true, cancellationToken).ConfigureAwait(false);
            Parallel.For(0, tiles.Length, i => rows[changing[i]] = RenderJson.SerializeToUtf8Bytes(flattened[i]));
        }

        return rows;
    }

    /// <summary>One tile resolved (and flattened when asked), or 404.</summary>
    public async Task<TileSpec> GetResolvedAsync(StackId stackId, string tileId, bool flatten, CancellationToken cancellationToken)
    {
        var tile = await GetAsync(stackId, tileId, cancellationToken).ConfigureAwait(false);
        return (await ResolveAsync(stackId, [tile], flatten, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>One tile as stored, or 404 with render's message.</summary>
    public async Task<TileSpec> GetAsync(StackId stackId, string tileId, CancellationToken cancellationToken) =>
        await store.Tiles.GetTileAsync(stackId, tileId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(
            $"tile spec with id '{tileId}' does not exist in the render.{stackId.Owner}__{stackId.Project}__{stackId.Stack}__tile collection");

    public async Task<List<TileSpec>> ResolveAsync(StackId stackId, IReadOnlyList<TileSpec> tiles, bool flatten, CancellationToken cancellationToken)
    {
        var shared = await LoadSharedTransformsAsync(stackId, tiles.Select(tile => (TransformSpec)tile.Transforms), cancellationToken)
            .ConfigureAwait(false);
        var resolver = new TransformSpecResolver(shared);
        return [.. tiles.Select(tile =>
        {
            var transforms = shared.Count == 0 ? tile.Transforms : resolver.Resolve(tile.Transforms);
            return tile with { Transforms = flatten ? transforms.Flatten() : transforms };
        })];
    }

    /// <summary>Every shared transform the roots refer to, directly or through other shared transforms.</summary>
    public async Task<Dictionary<string, TransformSpec>> LoadSharedTransformsAsync(
        StackId stackId, IEnumerable<TransformSpec> roots, CancellationToken cancellationToken)
    {
        var shared = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        var pending = roots.SelectMany(root => root.GetUnresolvedIds()).ToHashSet(StringComparer.Ordinal);
        for (var pass = 0; pending.Count > 0 && pass < MaxResolutionPasses; pass++)
        {
            var found = await store.Tiles.GetTransformsAsync(stackId, pending, cancellationToken).ConfigureAwait(false);
            foreach (var (id, spec) in found)
            {
                shared[id] = spec;
            }

            pending = found.Values.SelectMany(spec => spec.GetUnresolvedIds()).Where(id => !shared.ContainsKey(id))
                .ToHashSet(StringComparer.Ordinal);
        }

        return shared;
    }

    /// <summary>Streams tiles resolved and flattened, resolving in batches (for large outputs).</summary>
    public async IAsyncEnumerable<TileSpec> StreamResolvedAsync(
        StackId stackId, TileQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        var batch = new List<TileSpec>(batchSize);
        await foreach (var tile in store.Tiles.FindTilesAsync(stackId, query, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(tile);
            if (batch.Count == batchSize)
            {
                foreach (var resolved in await ResolveAsync(stackId, batch, true, cancellationToken).ConfigureAwait(false))
                {
                    yield return resolved;
                }

                batch.Clear();
            }
        }

        foreach (var resolved in await ResolveAsync(stackId, batch, true, cancellationToken).ConfigureAwait(false))
        {
            yield return resolved;
        }
    }

    private static RenderInputException TooBroad(TileQuery query) =>
        new($"query too broad, over {MaxTilesPerQuery + 1} tiles match {Describe(query)}");

    private static string Describe(TileQuery query) =>
        $"{{z={query.Z}, minZ={query.MinZ}, maxZ={query.MaxZ}, groupId={query.GroupId}, box=[{query.ReachesMinX}, {query.ReachesMinY}, {query.ReachesMaxX}, {query.ReachesMaxY}]}}";
}
