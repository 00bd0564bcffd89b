using Render.Server.Errors;

namespace Render.Server.Services;

/// <summary>The stack state machine (render's StackMetaData.validateStateChange and setStackState).</summary>
public sealed partial class StackService
{
    /// <summary>
    /// PUT {S}/state/{state}. COMPLETE derives section data and stats (except from READ_ONLY, which
    /// needs stats already); LOADING drops the stats and starts the next version; OFFLINE drops the
    /// tiles, transforms and section data but keeps the metadata.
    /// </summary>
    public Task SetStateAsync(StackId stackId, StackState target, CancellationToken cancellationToken) =>
        RetryAsync(stackId, async () =>
        {
            var stored = await RequireAsync(stackId, cancellationToken).ConfigureAwait(false);
            var current = stored.State;
            ValidateStateChange(stackId, current, target);
            var meta = stored.MetaData;
            switch (target)
            {
                case StackState.Complete when current == StackState.ReadOnly:
                    if (meta.Stats is null)
                    {
                        throw new StackStateException("stack can not be complete without stats");
                    }

                    return await store.Stacks.ReplaceAsync(stored, meta with { State = target }, cancellationToken).ConfigureAwait(false);

                case StackState.Complete:
                    var completed = meta with { State = StackState.Complete, LastModifiedTimestamp = Now() };
                    return await store.Stacks.CompleteAsync(stored, completed, cancellationToken).ConfigureAwait(false) is not null;

                case StackState.Loading when current == StackState.Loading:
                    return true;

                case StackState.Loading:
                    var loading = meta with
                    {
                        State = StackState.Loading,
                        Stats = null,
                        CurrentVersionNumber = (meta.CurrentVersionNumber ?? 0) + 1,
                        LastModifiedTimestamp = Now(),
                    };
                    return await store.Stacks.ReplaceAsync(stored, loading, cancellationToken).ConfigureAwait(false);

                case StackState.ReadOnly:
                    return current == StackState.ReadOnly
                        || await store.Stacks.ReplaceAsync(stored, meta with { State = target }, cancellationToken).ConfigureAwait(false);

                default:
                    var offline = meta with { State = StackState.Offline, LastModifiedTimestamp = Now() };
                    return await store.Stacks.ReplaceAndDropDataAsync(stored, offline, cancellationToken).ConfigureAwait(false);
            }
        });

    /// <summary>
    /// The allowed transitions: any state to itself or to COMPLETE, COMPLETE to anything, READ_ONLY
    /// to OFFLINE; everything else must go through COMPLETE first.
    /// </summary>
    internal static void ValidateStateChange(StackId stackId, StackState current, StackState target)
    {
        var allowed = current == target || target == StackState.Complete || current == StackState.Complete
            || (current == StackState.ReadOnly && target == StackState.Offline);
        if (!allowed)
        {
            throw new StackStateException(
                $"The {stackId.Stack} stack's state is currently {NameOf(current)} and must first be transitioned to COMPLETE " +
                $"before transitioning it to {NameOf(target)}.");
        }
    }
}
