namespace Render.Server.Services;

/// <summary>
/// The stack's metadata properties (resolution, materialized box root, mipmap path builder, default
/// channel, cycle, hierarchical data): each a read and a change that READ_ONLY stacks refuse.
/// </summary>
public sealed partial class StackService
{
    public async Task<List<double?>> GetResolutionValuesAsync(StackId stackId, CancellationToken cancellationToken)
    {
        var version = (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).CurrentVersion;
        return version is null ? [] : [version.StackResolutionX, version.StackResolutionY, version.StackResolutionZ];
    }

    /// <summary>Sets the given prefix of [x, y, z]; null clears all three.</summary>
    public Task SetResolutionValuesAsync(StackId stackId, IReadOnlyList<double?>? values, CancellationToken cancellationToken) =>
        ChangeVersionAsync(stackId, version => values is null
            ? version with { StackResolutionX = null, StackResolutionY = null, StackResolutionZ = null }
            : version with
            {
                StackResolutionX = values.Count > 0 ? values[0] : version.StackResolutionX,
                StackResolutionY = values.Count > 1 ? values[1] : version.StackResolutionY,
                StackResolutionZ = values.Count > 2 ? values[2] : version.StackResolutionZ,
            }, cancellationToken);

    public async Task<string?> GetMaterializedBoxRootPathAsync(StackId stackId, CancellationToken cancellationToken) =>
        (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).CurrentVersion?.MaterializedBoxRootPath;

    /// <summary>Stores the trimmed path; an empty one clears it.</summary>
    public Task SetMaterializedBoxRootPathAsync(StackId stackId, string? path, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(path) ? null : path.Trim();
        return ChangeVersionAsync(stackId, version => version with { MaterializedBoxRootPath = trimmed }, cancellationToken);
    }

    public async Task<MipmapPathBuilder?> GetMipmapPathBuilderAsync(StackId stackId, CancellationToken cancellationToken) =>
        (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).CurrentVersion?.MipmapPathBuilder;

    /// <summary>render rebuilds the builder: every field is required and the root ends with '/'.</summary>
    public Task SetMipmapPathBuilderAsync(StackId stackId, MipmapPathBuilder? builder, CancellationToken cancellationToken)
    {
        if (builder is not null)
        {
            var missing = builder.RootPath is null ? "rootPath"
                : builder.NumberOfLevels is null ? "numberOfLevels"
                : builder.Extension is null ? "extension"
                : null;
            if (missing is not null)
            {
                throw new RenderInputException($"{missing} must be specified for MipmapPathBuilder");
            }

            builder = builder.RootPath!.EndsWith('/') ? builder : builder with { RootPath = builder.RootPath + "/" };
        }

        return ChangeVersionAsync(stackId, version => version with { MipmapPathBuilder = builder }, cancellationToken);
    }

    public async Task<string?> GetDefaultChannelAsync(StackId stackId, CancellationToken cancellationToken) =>
        (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).CurrentVersion?.DefaultChannel;

    public Task SetDefaultChannelAsync(StackId stackId, string? channel, CancellationToken cancellationToken) =>
        ChangeVersionAsync(stackId, version => version with { DefaultChannel = string.IsNullOrEmpty(channel) ? null : channel }, cancellationToken);

    public async Task<ReconstructionCycle> GetCycleAsync(StackId stackId, CancellationToken cancellationToken)
    {
        var version = (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).CurrentVersion;
        return new ReconstructionCycle(version?.CycleNumber, version?.CycleStepNumber);
    }

    public Task SetCycleAsync(StackId stackId, ReconstructionCycle? cycle, CancellationToken cancellationToken) =>
        ChangeVersionAsync(stackId, version => version with { CycleNumber = cycle?.Number, CycleStepNumber = cycle?.StepNumber }, cancellationToken);

    public async Task<HierarchicalStack?> GetHierarchicalDataAsync(StackId stackId, CancellationToken cancellationToken) =>
        (await GetAsync(stackId, cancellationToken).ConfigureAwait(false)).HierarchicalData;

    public Task SetHierarchicalDataAsync(StackId stackId, HierarchicalStack? data, CancellationToken cancellationToken) =>
        ChangeAsync(stackId, meta => meta with { HierarchicalData = data }, cancellationToken);

    private Task ChangeVersionAsync(StackId stackId, Func<StackVersion, StackVersion> change, CancellationToken cancellationToken) =>
        ChangeAsync(stackId, meta => meta with { CurrentVersion = change(meta.CurrentVersion ?? new StackVersion()) }, cancellationToken);

    /// <summary>A metadata change on a stack that exists and is not READ_ONLY; the timestamp stays (as in render).</summary>
    private Task ChangeAsync(StackId stackId, Func<StackMetaData, StackMetaData> change, CancellationToken cancellationToken) =>
        RetryAsync(stackId, async () =>
        {
            var stored = await RequireAsync(stackId, cancellationToken).ConfigureAwait(false);
            RequireModifiable(stored);
            return await store.Stacks.ReplaceAsync(stored, change(stored.MetaData), cancellationToken).ConfigureAwait(false);
        });
}
