using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// The stacks one request reads, each row read from the store once and shared by the ETag filter,
/// the services and the render preparation (a render request read its stack up to four times).
/// One instance per request, whose calls come one after another; a decision before a write reads
/// the store afresh instead (<see cref="StackService.RequireAsync"/>).
/// </summary>
public sealed class RequestStacks(IRenderStore store)
{
    private readonly Dictionary<StackId, StoredStack?> _read = [];

    /// <summary>The stack as this request first read it, or null when it does not exist.</summary>
    public async ValueTask<StoredStack?> FindAsync(StackId stackId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stackId);
        if (!_read.TryGetValue(stackId, out var stored))
        {
            stored = await store.Stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
            _read[stackId] = stored;
        }

        return stored;
    }
}
