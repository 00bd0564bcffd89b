using Render.Model.Json;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's StackMetaDataService: stack metadata, versions, listing, delete, rename and clone. The
/// state machine is in <c>StackService.State.cs</c>, the metadata properties in
/// <c>StackService.Properties.cs</c>. Reads see the stack as the request first read it
/// (<see cref="RequestStacks"/>); every conditional write decides on a fresh read and is retried when
/// another request changed the stack in between.
/// </summary>
public sealed partial class StackService(IRenderStore store, RequestStacks requestStacks, TimeProvider clock)
{
    private const int MaxAttempts = 50;

    public Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken cancellationToken) =>
        store.Stacks.ListOwnersAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> GetProjectsAsync(string owner, CancellationToken cancellationToken)
    {
        var stacks = await store.Stacks.ListAsync(owner, null, cancellationToken).ConfigureAwait(false);
        return [.. stacks.Select(stack => stack.StackId.Project).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>render's order: project ascending, then cycle, step and last change, newest first.</summary>
    public async Task<IReadOnlyList<StackMetaData>> GetStacksAsync(string owner, string? project, CancellationToken cancellationToken)
    {
        var stacks = await store.Stacks.ListAsync(owner, project, cancellationToken).ConfigureAwait(false);
        return [.. stacks
            .OrderBy(stack => stack.StackId.Project, StringComparer.Ordinal)
            .ThenByDescending(stack => stack.CurrentVersion?.CycleNumber ?? int.MinValue)
            .ThenByDescending(stack => stack.CurrentVersion?.CycleStepNumber ?? int.MinValue)
            .ThenByDescending(stack => stack.LastModifiedTimestamp ?? DateTimeOffset.MinValue)];
    }

    /// <summary>The ids of the stacks, in <see cref="GetStacksAsync"/>'s order.</summary>
    public async Task<List<StackId>> GetStackIdsAsync(string owner, string? project, CancellationToken cancellationToken) =>
        [.. (await GetStacksAsync(owner, project, cancellationToken).ConfigureAwait(false)).Select(stack => stack.StackId)];

    /// <summary>The stack's metadata as this request first read it, or 404 with render's message.</summary>
    public async Task<StackMetaData> GetAsync(StackId stackId, CancellationToken cancellationToken) =>
        (await GetStoredAsync(stackId, cancellationToken).ConfigureAwait(false)).MetaData;

    /// <summary>The stack as this request first read it (for reads), or 404 with render's message.</summary>
    public async Task<StoredStack> GetStoredAsync(StackId stackId, CancellationToken cancellationToken) =>
        await requestStacks.FindAsync(stackId, cancellationToken).ConfigureAwait(false) ?? throw Missing(stackId);

    /// <summary>The stack bounds derived at COMPLETE (400 with render's advice when there are none).</summary>
    public async Task<Bounds> GetBoundsAsync(StackId stackId, CancellationToken cancellationToken)
    {
        var stats = (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).Stats;
        const string advice = "If all data has been loaded for this stack, setting its state to COMPLETE will trigger derivation " +
            "and storage of all the stack's stats.";
        return stats is null
            ? throw new RenderInputException($"Stats for {stackId} have not been stored.  {advice}")
            : stats.StackBounds ?? throw new RenderInputException($"Stats for {stackId} have been stored without bounds.  {advice}");
    }

    /// <summary>The stack read afresh (to decide on a write), or 404 with render's message.</summary>
    public async Task<StoredStack> RequireAsync(StackId stackId, CancellationToken cancellationToken) =>
        await store.Stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false) ?? throw Missing(stackId);

    /// <summary>
    /// POST {S}: creates version 0 of a new stack, or replaces an existing (not READ_ONLY) stack by
    /// its next version, LOADING again, without stats or hierarchical data; tiles are untouched.
    /// </summary>
    public async Task SaveVersionAsync(StackId stackId, StackVersion? version, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            throw new RenderInputException("no stack version provided");
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await store.Stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                var created = new StackMetaData(stackId, StackState.Loading, Now(), 0, version);
                if (await store.Stacks.CreateAsync(created, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            RequireModifiable(stored);
            var next = stored.MetaData with
            {
                State = StackState.Loading,
                LastModifiedTimestamp = Now(),
                CurrentVersionNumber = (stored.MetaData.CurrentVersionNumber ?? 0) + 1,
                CurrentVersion = version,
                Stats = null,
                HierarchicalData = null,
            };
            if (await store.Stacks.ReplaceAsync(stored, next, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        throw Contended(stackId);
    }

    /// <summary>DELETE {S}: removes the stack and its data (absent is fine; READ_ONLY is refused).</summary>
    public Task DeleteAsync(StackId stackId, CancellationToken cancellationToken) =>
        RetryAsync(stackId, async () =>
        {
            var stored = await store.Stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return true;
            }

            RequireModifiable(stored);
            return await store.Stacks.DeleteAsync(stored, cancellationToken).ConfigureAwait(false);
        });

    /// <summary>PUT {S}/stackId: moves the stack (state, version and stats kept) to a new id.</summary>
    public Task RenameAsync(StackId fromId, StackId? toId, CancellationToken cancellationToken)
    {
        if (toId is null)
        {
            throw new RenderInputException("toStackId value must be specified");
        }

        Render.Model.Limits.InputLimits.CheckStackId(toId);

        return RetryAsync(fromId, async () =>
        {
            var stored = await RequireAsync(fromId, cancellationToken).ConfigureAwait(false);
            if (stored.State is StackState.ReadOnly or StackState.Offline)
            {
                throw new StackStateException($"{fromId} cannot be modified because it is {NameOf(stored.State)}.");
            }

            var renamed = stored.MetaData with { StackId = toId, LastModifiedTimestamp = Now(), HierarchicalData = null };
            return await store.Stacks.RenameAsync(stored, renamed, cancellationToken).ConfigureAwait(false) switch
            {
                RenameOutcome.Renamed => true,
                RenameOutcome.TargetExists => throw new RenderInputException($"{toId} already exists"),
                _ => false,
            };
        });
    }

    /// <summary>
    /// PUT {S}/cloneTo/{toStack}: copies tiles (of the given z values, or all) and, unless skipped,
    /// the shared transforms into a new or LOADING stack that becomes version 0 of the given version.
    /// </summary>
    public Task CloneAsync(
        StackId fromId, StackId toId, StackVersion? version, IReadOnlyCollection<double>? zValues, bool skipTransforms, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            throw new RenderInputException("no stack version provided");
        }

        return RetryAsync(fromId, async () =>
        {
            var from = await RequireAsync(fromId, cancellationToken).ConfigureAwait(false);
            var existing = await store.Stacks.GetAsync(toId, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.State != StackState.Loading)
            {
                throw new StackStateException($"Tiles cannot be cloned to stack {toId.Stack} because it is {NameOf(existing.State)}.");
            }

            var target = new StackMetaData(toId, StackState.Loading, Now(), 0, version);
            return await store.Stacks.CloneAsync(from, existing, target, zValues, skipTransforms, cancellationToken).ConfigureAwait(false);
        });
    }

    internal static string NameOf(StackState state) => JavaEnumNames<StackState>.NameOf(state);

    /// <summary>render refuses changes to READ_ONLY stacks (OFFLINE ones may change).</summary>
    private static void RequireModifiable(StoredStack stored)
    {
        if (stored.State == StackState.ReadOnly)
        {
            throw new StackStateException($"Data for stack {stored.Id.Stack} cannot be modified because it is READ_ONLY.");
        }
    }

    private static NotFoundException Missing(StackId stackId) => new($"{stackId} does not exist");

    private static RetryLaterException Contended(StackId stackId) =>
        new($"{stackId} is being changed by too many concurrent requests, please retry");

    /// <summary>Java dates carry milliseconds.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>Runs a read-decide-write step until its conditional write succeeds.</summary>
    private static async Task RetryAsync(StackId stackId, Func<Task<bool>> step)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await step().ConfigureAwait(false))
            {
                return;
            }
        }

        throw Contended(stackId);
    }
}
