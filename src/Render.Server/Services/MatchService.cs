using Render.Model.PointMatches;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's MatchService: point-match collections, pair queries (with mergeCollection), deletes,
/// imports, match counts and renames. Every operation on a collection answers 404 when it (or a
/// collection to merge) does not exist; imports create collections.
/// </summary>
public sealed class MatchService(IRenderStore store)
{
    public async Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken cancellationToken)
    {
        var collections = await store.Matches.ListCollectionsAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. collections.Select(collection => collection.CollectionId!.Owner).Distinct(StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<MatchCollectionMetaData>> GetCollectionsAsync(string owner, CancellationToken cancellationToken) =>
        store.Matches.ListCollectionsAsync(owner, cancellationToken);

    public async Task<IReadOnlyList<string>> GetGroupIdsAsync(MatchCollectionId collectionId, MatchGroupIdScope scope, CancellationToken cancellationToken) =>
        await store.Matches.GetGroupIdsAsync(collectionId, scope, cancellationToken).ConfigureAwait(false) ?? throw Missing(collectionId);

    /// <summary>
    /// The selected pairs of the collection, merged with those of <paramref name="mergeCollections"/>
    /// (duplicates ignored), streamed in render's order. Every collection is checked before the
    /// first pair is read, so that a missing one is a 404 rather than a truncated answer.
    /// </summary>
    public async Task<IAsyncEnumerable<CanvasMatches>> FindAsync(
        MatchCollectionId collectionId,
        IReadOnlyList<MatchCollectionId> mergeCollections,
        MatchQuery query,
        bool excludeMatchDetails,
        CancellationToken cancellationToken)
    {
        var collections = new List<MatchCollectionId> { collectionId };
        collections.AddRange(mergeCollections.Where(id => !collections.Contains(id)).Distinct());
        foreach (var id in collections)
        {
            await RequireAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var streams = collections.Select(id => store.Matches.FindAsync(id, query, !excludeMatchDetails, cancellationToken)).ToList();
        return streams.Count == 1 ? streams[0] : MatchMerge.MergeAsync(streams, cancellationToken);
    }

    /// <summary>PUT matches: every pair normalised (400 for missing ids before anything is written), then one upsert.</summary>
    public async Task SaveAsync(MatchCollectionId collectionId, IReadOnlyList<CanvasMatches?>? pairs, CancellationToken cancellationToken)
    {
        if (pairs is null)
        {
            throw new RenderInputException("no matches provided");
        }

        var normalized = pairs.Select(MatchNormalization.ForSave).ToList();
        await store.Matches.SaveAsync(collectionId, normalized, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(MatchCollectionId collectionId, MatchQuery query, CancellationToken cancellationToken)
    {
        if (!await store.Matches.DeleteAsync(collectionId, query, cancellationToken).ConfigureAwait(false))
        {
            throw Missing(collectionId);
        }
    }

    public async Task DropAsync(MatchCollectionId collectionId, CancellationToken cancellationToken)
    {
        if (!await store.Matches.DropAsync(collectionId, cancellationToken).ConfigureAwait(false))
        {
            throw Missing(collectionId);
        }
    }

    public async Task UpdateMatchCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken)
    {
        if (!await store.Matches.UpdateMatchCountsAsync(collectionId, pGroupId, cancellationToken).ConfigureAwait(false))
        {
            throw Missing(collectionId);
        }
    }

    /// <summary>PUT collectionId: the target id comes from a body, which render does not check against the name rules.</summary>
    public async Task RenameAsync(MatchCollectionId from, MatchCollectionId? to, CancellationToken cancellationToken)
    {
        if (to?.Owner is null || to.Name is null)
        {
            throw new RenderInputException("no toCollectionId provided");
        }

        switch (await store.Matches.RenameAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            case null:
                throw new NotFoundException($"{from} does not exist");
            case RenameOutcome.TargetExists:
                throw new RenderInputException($"{to} already exists");
        }
    }

    private async Task RequireAsync(MatchCollectionId collectionId, CancellationToken cancellationToken)
    {
        if (!await store.Matches.ExistsAsync(collectionId, cancellationToken).ConfigureAwait(false))
        {
            throw Missing(collectionId);
        }
    }

    /// <summary>render's 404 for a missing collection, naming its database collection.</summary>
    private static NotFoundException Missing(MatchCollectionId collectionId) =>
        new($"match collection '{collectionId.Owner}__{collectionId.Name}' does not exist");
}
