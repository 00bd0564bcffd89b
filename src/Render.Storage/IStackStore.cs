using Render.Model.Stacks;

namespace Render.Storage;

/// <summary>
/// Stack metadata and the operations that act on a whole stack. Every conditional write takes the
/// <see cref="StoredStack"/> its caller decided on and returns false (writing nothing) when the
/// stack changed in between; callers re-read and decide again.
/// </summary>
public interface IStackStore
{
    /// <summary>The stack's metadata, or null when there is no such stack.</summary>
    Task<StoredStack?> GetAsync(StackId stackId, CancellationToken cancellationToken);

    /// <summary>The metadata of every stack, filtered by owner and project when given.</summary>
    Task<IReadOnlyList<StackMetaData>> ListAsync(string? owner, string? project, CancellationToken cancellationToken);

    /// <summary>Distinct owners of all stacks, sorted.</summary>
    Task<IReadOnlyList<string>> ListOwnersAsync(CancellationToken cancellationToken);

    /// <summary>Creates a stack with no data; false when it already exists.</summary>
    Task<bool> CreateAsync(StackMetaData metaData, CancellationToken cancellationToken);

    /// <summary>Replaces the metadata (same stack id); the data is untouched.</summary>
    Task<bool> ReplaceAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken);

    /// <summary>
    /// Derives the section data and the stats from the stack's tiles and stores the replacement
    /// metadata with those stats, in one transaction. Returns null when the stack changed; throws
    /// <see cref="StackDataException"/> when the stack has no tiles.
    /// </summary>
    Task<StackMetaData?> CompleteAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken);

    /// <summary>Stores the replacement metadata and drops the stack's tiles, transforms and section data.</summary>
    Task<bool> ReplaceAndDropDataAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken);

    /// <summary>Deletes the stack's metadata and all its data.</summary>
    Task<bool> DeleteAsync(StoredStack expected, CancellationToken cancellationToken);

    /// <summary>Moves the stack and its data to the replacement's stack id.</summary>
    Task<RenameOutcome> RenameAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken);

    /// <summary>
    /// Copies tiles (those with a z in <paramref name="zValues"/> when given) and, unless skipped,
    /// all shared transforms of <paramref name="from"/> into the target stack, replacing any tile or
    /// transform of the same id, and stores the target's metadata. <paramref name="existingTarget"/>
    /// is the target as the caller saw it (null when it did not exist).
    /// </summary>
    Task<bool> CloneAsync(
        StoredStack from,
        StoredStack? existingTarget,
        StackMetaData targetMetaData,
        IReadOnlyCollection<double>? zValues,
        bool skipTransforms,
        CancellationToken cancellationToken);
}
