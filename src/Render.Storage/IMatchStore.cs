using Render.Model.PointMatches;

namespace Render.Storage;

/// <summary>
/// Point-match collections: each holds canvas pairs keyed by (pGroupId, qGroupId, pId, qId). Pairs
/// are saved already normalised (render's <c>CanvasMatches.normalize()</c> is the caller's job).
/// Reads stream in render's order (pGroupId, qGroupId, pId, qId, ordinal); methods on a collection
/// that does not exist return null, false or an empty sequence, and the caller decides on 404.
/// </summary>
public interface IMatchStore
{
    /// <summary>Every collection (of <paramref name="owner"/> when given) with its pair count, by owner then name.</summary>
    Task<IReadOnlyList<MatchCollectionMetaData>> ListCollectionsAsync(string? owner, CancellationToken cancellationToken);

    /// <summary>Whether the collection exists (a collection exists from its first saved pair until it is dropped).</summary>
    Task<bool> ExistsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts the pairs (full replace of a pair with the same four ids) in one transaction, creating
    /// the collection when needed; an empty batch writes nothing and creates nothing.
    /// </summary>
    Task SaveAsync(MatchCollectionId collectionId, IReadOnlyCollection<CanvasMatches> pairs, CancellationToken cancellationToken);

    /// <summary>
    /// The selected pairs in render's order, streamed. Without <paramref name="includeMatches"/> the
    /// <c>matches</c> field is left null (and not read).
    /// </summary>
    IAsyncEnumerable<CanvasMatches> FindAsync(
        MatchCollectionId collectionId, MatchQuery query, bool includeMatches, CancellationToken cancellationToken);

    /// <summary>Distinct group ids, sorted (ordinal), or null when the collection does not exist.</summary>
    Task<IReadOnlyList<string>?> GetGroupIdsAsync(MatchCollectionId collectionId, MatchGroupIdScope scope, CancellationToken cancellationToken);

    /// <summary>Deletes the selected pairs; false when the collection does not exist.</summary>
    Task<bool> DeleteAsync(MatchCollectionId collectionId, MatchQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes the collection and all its pairs; false when it does not exist.</summary>
    Task<bool> DropAsync(MatchCollectionId collectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the collection a new owner and name: <see cref="RenameOutcome.Renamed"/>,
    /// <see cref="RenameOutcome.TargetExists"/>, or null when <paramref name="from"/> does not exist.
    /// </summary>
    Task<RenameOutcome?> RenameAsync(MatchCollectionId from, MatchCollectionId to, CancellationToken cancellationToken);

    /// <summary>Sets matchCount to the number of weights of every pair with this pGroupId; false when the collection does not exist.</summary>
    Task<bool> UpdateMatchCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken);
}
