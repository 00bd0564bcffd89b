using Render.Model.Stacks;

namespace Render.Client;

/// <content>
/// Setting a stack up for loading (a target stack, a stack derived from another) and the metadata
/// properties render's clients change one at a time (resolution values, mipmap path builder).
/// </content>
public sealed partial class StacksClient
{
    /// <summary>
    /// Makes <paramref name="stackId"/> ready for tiles: created with <paramref name="version"/> when
    /// missing, set LOADING when it is in another state (render's clients set up their targets so).
    /// </summary>
    public async Task OpenForLoadingAsync(StackId stackId, StackVersion version, CancellationToken cancellationToken = default)
    {
        try
        {
            var meta = await GetMetaDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            if (meta.State != StackState.Loading)
            {
                await SetStateAsync(stackId, StackState.Loading, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RenderNotFoundException)
        {
            await CreateAsync(stackId, version, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// render's <c>setupDerivedStack</c>, which its solve and copy clients call before writing a
    /// result stack: <paramref name="derived"/> is created when missing with the resolution values
    /// and mipmap path builder of <paramref name="source"/>'s current version; an existing one is
    /// given those it lacks; then it is set LOADING.
    /// </summary>
    /// <returns>The derived stack's metadata once set up.</returns>
    /// <exception cref="InvalidOperationException">The derived stack is READ_ONLY (render refuses it too).</exception>
    public async Task<StackMetaData> SetUpDerivedAsync(StackMetaData source, StackId derived, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(derived);
        var common = source.CurrentVersion ?? new StackVersion();
        StackMetaData meta;
        try
        {
            meta = await GetMetaDataAsync(derived, cancellationToken).ConfigureAwait(false);
        }
        catch (RenderNotFoundException)
        {
            var version = new StackVersion(
                VersionNotes: $"derived from {source.StackId.Owner}::{source.StackId.Project}::{source.StackId.Stack}",
                StackResolutionX: common.StackResolutionX,
                StackResolutionY: common.StackResolutionY,
                StackResolutionZ: common.StackResolutionZ,
                MipmapPathBuilder: common.MipmapPathBuilder);
            await CreateAsync(derived, version, cancellationToken).ConfigureAwait(false);
            meta = await GetMetaDataAsync(derived, cancellationToken).ConfigureAwait(false);
        }

        var current = meta.CurrentVersion ?? new StackVersion();
        if (AnyResolutionMissing(current) && AnyResolutionSet(common))
        {
            await SetResolutionValuesAsync(derived, [common.StackResolutionX, common.StackResolutionY, common.StackResolutionZ], cancellationToken).ConfigureAwait(false);
        }

        if (current.MipmapPathBuilder is null && common.MipmapPathBuilder is { } builder)
        {
            await SetMipmapPathBuilderAsync(derived, builder, cancellationToken).ConfigureAwait(false);
        }

        switch (meta.State)
        {
            case StackState.ReadOnly:
                throw new InvalidOperationException($"{derived.Stack} is READ_ONLY and cannot be set LOADING");
            case not StackState.Loading:
                await SetStateAsync(derived, StackState.Loading, cancellationToken).ConfigureAwait(false);
                break;
        }

        return await GetMetaDataAsync(derived, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stack's resolution values (x, y, z; null where unset), render's <c>setStackResolutionValues</c>.</summary>
    public Task SetResolutionValuesAsync(StackId stackId, IReadOnlyList<double?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _transport.SendAsync(
            HttpMethod.Put, RequestPath.Stack(stackId).Literal("resolutionValues"), RenderTransport.JsonBody(values.ToList()), cancellationToken);
    }

    /// <summary>Where the stack's derived mipmaps live, or null when it has none set.</summary>
    public Task<MipmapPathBuilder?> GetMipmapPathBuilderAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.GetOptionalJsonAsync<MipmapPathBuilder>(RequestPath.Stack(stackId).Literal("mipmapPathBuilder"), cancellationToken);

    /// <summary>Sets where the stack's derived mipmaps live (render's <c>setMipmapPathBuilder</c>, called by its MipmapClient).</summary>
    public Task SetMipmapPathBuilderAsync(StackId stackId, MipmapPathBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return _transport.SendAsync(HttpMethod.Put, RequestPath.Stack(stackId).Literal("mipmapPathBuilder"), RenderTransport.JsonBody(builder), cancellationToken);
    }

    /// <summary>Removes the stack's mipmap path builder (render's <c>deleteMipmapPathBuilder</c>).</summary>
    public Task DeleteMipmapPathBuilderAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("mipmapPathBuilder"), null, cancellationToken);

    private static bool AnyResolutionMissing(StackVersion version) =>
        version.StackResolutionX is null || version.StackResolutionY is null || version.StackResolutionZ is null;

    private static bool AnyResolutionSet(StackVersion version) =>
        version.StackResolutionX is not null || version.StackResolutionY is not null || version.StackResolutionZ is not null;
}
