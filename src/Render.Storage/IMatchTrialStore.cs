namespace Render.Storage;

/// <summary>
/// Match trials (render's <c>aaa_match_trial</c> collection): one JSON document per trial, keyed by
/// its owner and id. The store keeps the text as given; the service writes and reads the JSON.
/// Absence is null or false, and the caller decides on 404.
/// </summary>
public interface IMatchTrialStore
{
    /// <summary>Stores a new trial in one transaction; false when the owner already has a trial with that id (nothing is written).</summary>
    Task<bool> InsertAsync(string owner, string trialId, string json, CancellationToken cancellationToken);

    /// <summary>The trial's JSON, or null when the owner has no trial with that id.</summary>
    Task<string?> GetAsync(string owner, string trialId, CancellationToken cancellationToken);

    /// <summary>The ids of the owner's trials, in id order (oldest first for time-prefixed ids).</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Removes the trial; false when there was none.</summary>
    Task<bool> DeleteAsync(string owner, string trialId, CancellationToken cancellationToken);
}
