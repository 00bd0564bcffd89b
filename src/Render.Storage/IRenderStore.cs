namespace Render.Storage;

/// <summary>
/// One render database: stack metadata, each stack's tiles, shared transforms and section data, and
/// the point-match collections.
/// Implementations are thread-safe and hold no state another process on the same database would
/// not see.
/// </summary>
public interface IRenderStore : IAsyncDisposable
{
    /// <summary>Stack metadata and whole-stack operations.</summary>
    IStackStore Stacks { get; }

    /// <summary>Tiles, shared transforms and section data of the stacks.</summary>
    ITileStore Tiles { get; }

    /// <summary>Point-match collections and their canvas pairs.</summary>
    IMatchStore Matches { get; }

    /// <summary>Match trials: parameters tried on one canvas pair and what they gave.</summary>
    IMatchTrialStore MatchTrials { get; }

    /// <summary>Creates or migrates the schema; call once before use.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
