using Render.Model;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client;

/// <summary>Owners, projects and stacks: metadata, state, clone, rename, delete, bounds, z values and sections.</summary>
public sealed partial class RenderClient
{
    /// <summary>The owners of stacks (render-python's <c>get_owners</c>).</summary>
    public Task<List<string>> GetOwnersAsync(CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Root().Literal("owners"), cancellationToken);

    /// <summary>The projects of <paramref name="owner"/> (the connection's owner when null).</summary>
    public Task<List<string>> GetProjectsAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<string>>(RequestPath.Root().Literal("owner").Value(OwnerOr(owner)).Literal("projects"), cancellationToken);

    /// <summary>The ids of the stacks of <paramref name="owner"/>, of one project when <paramref name="project"/> is given.</summary>
    public Task<List<StackId>> GetStackIdsAsync(string? owner = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var path = RequestPath.Root().Literal("owner").Value(OwnerOr(owner));
        return GetJsonAsync<List<StackId>>((project is null ? path : path.Literal("project").Value(project)).Literal("stackIds"), cancellationToken);
    }

    /// <summary>The metadata of every stack of <paramref name="owner"/> (render-python's <c>get_stack_metadata_by_owner</c>).</summary>
    public Task<List<StackMetaData>> GetStackMetaDataByOwnerAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<StackMetaData>>(RequestPath.Root().Literal("owner").Value(OwnerOr(owner)).Literal("stacks"), cancellationToken);

    /// <summary>A stack's metadata: state, current version and, once COMPLETE, its stats.</summary>
    /// <exception cref="RenderNotFoundException">There is no such stack.</exception>
    public Task<StackMetaData> GetStackMetaDataAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<StackMetaData>(RequestPath.Stack(stackId), cancellationToken);

    /// <summary>
    /// Creates the stack (LOADING) or saves a new version of its metadata (render-python's
    /// <c>create_stack</c> and <c>set_stack_metadata</c>). A POST, so it is never retried.
    /// </summary>
    public Task CreateStackAsync(StackId stackId, StackVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return SendAsync(HttpMethod.Post, RequestPath.Stack(stackId), JsonBody(version), cancellationToken);
    }

    /// <summary>Moves the stack to <paramref name="state"/> (COMPLETE derives its stats).</summary>
    public Task SetStackStateAsync(StackId stackId, StackState state, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, RequestPath.Stack(stackId).Literal("state").Literal(JavaEnumNames<StackState>.NameOf(state)), null, cancellationToken);

    /// <summary>Deletes the stack with its tiles and transforms.</summary>
    public Task DeleteStackAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId), null, cancellationToken);

    /// <summary>Deletes the tiles of layer <paramref name="z"/> (render-python's <c>delete_section</c>).</summary>
    public Task DeleteSectionAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("z").Value(z), null, cancellationToken);

    /// <summary>Deletes the tiles of section <paramref name="sectionId"/>.</summary>
    public Task DeleteSectionAsync(StackId stackId, string sectionId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("section").Value(sectionId), null, cancellationToken);

    /// <summary>
    /// Copies the source stack into <paramref name="target"/> (same owner; project may differ),
    /// optionally only some layers. The target is left LOADING; render-python's <c>clone_stack</c>
    /// then sets it COMPLETE, which a caller does with <see cref="SetStackStateAsync"/>.
    /// </summary>
    public Task CloneStackAsync(StackId source, StackId target, CloneStackOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Owner != source.Owner)
        {
            throw new ArgumentException($"a stack is cloned within its owner '{source.Owner}', not to '{target.Owner}'", nameof(target));
        }

        options ??= new CloneStackOptions();
        var path = RequestPath.Stack(source).Literal("cloneTo").Value(target.Stack)
            .Query("z", options.ZValues?.Select(RequestPath.Number))
            .Query("skipTransforms", options.SkipTransforms)
            .Query("toProject", target.Project == source.Project ? null : target.Project);
        return SendAsync(HttpMethod.Put, path, JsonBody(options.Version ?? new StackVersion()), cancellationToken);
    }

    /// <summary>Renames or moves the stack (render-python's <c>rename_stack</c>).</summary>
    public Task RenameStackAsync(StackId stackId, StackId newStackId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newStackId);
        return SendAsync(HttpMethod.Put, RequestPath.Stack(stackId).Literal("stackId"), JsonBody(newStackId), cancellationToken);
    }

    /// <summary>The bounds of the whole stack.</summary>
    public Task<Bounds> GetStackBoundsAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<Bounds>(RequestPath.Stack(stackId).Literal("bounds"), cancellationToken);

    /// <summary>The distinct z values of the stack's tiles, ascending, optionally within [minZ, maxZ].</summary>
    public Task<List<double>> GetZValuesAsync(StackId stackId, double? minZ = null, double? maxZ = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<double>>(RequestPath.Stack(stackId).Literal("zValues").Query("minZ", minZ).Query("maxZ", maxZ), cancellationToken);

    /// <summary>One entry per section: its z, tile count and bounds.</summary>
    public Task<List<SectionData>> GetSectionDataAsync(StackId stackId, double? minZ = null, double? maxZ = null, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<SectionData>>(RequestPath.Stack(stackId).Literal("sectionData").Query("minZ", minZ).Query("maxZ", maxZ), cancellationToken);

    /// <summary>The z of section <paramref name="sectionId"/>.</summary>
    public Task<double> GetSectionZAsync(StackId stackId, string sectionId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<double>(RequestPath.Stack(stackId).Literal("section").Value(sectionId).Literal("z"), cancellationToken);

    /// <summary>The bounds of layer <paramref name="z"/>.</summary>
    public Task<Bounds> GetLayerBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        GetJsonAsync<Bounds>(RequestPath.Stack(stackId).Literal("z").Value(z).Literal("bounds"), cancellationToken);

    /// <summary>The bounds of each tile of layer <paramref name="z"/>.</summary>
    public Task<List<TileBounds>> GetTileBoundsAsync(StackId stackId, double z, CancellationToken cancellationToken = default) =>
        GetJsonAsync<List<TileBounds>>(RequestPath.Stack(stackId).Literal("z").Value(z).Literal("tileBounds"), cancellationToken);

    /// <summary>A new, probably unique, hexadecimal id from the service.</summary>
    public Task<string> GetLikelyUniqueIdAsync(CancellationToken cancellationToken = default) =>
        GetTextAsync(RequestPath.Root().Literal("likelyUniqueId"), cancellationToken);
}
