using Render.Model;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Client;

/// <summary>
/// Owners, projects and stacks: metadata, versions, state, clone, rename, delete and bounds
/// (<see cref="RenderClient.Stacks"/>). The stack's metadata properties and the set-up of derived
/// stacks are in <c>StacksClient.Versions.cs</c>.
/// </summary>
public sealed partial class StacksClient
{
    private readonly RenderTransport _transport;

    internal StacksClient(RenderTransport transport) => _transport = transport;

    /// <summary>The owners of stacks (render-python's <c>get_owners</c>).</summary>
    public Task<List<string>> GetOwnersAsync(CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(RequestPath.Root().Literal("owners"), cancellationToken);

    /// <summary>The projects of <paramref name="owner"/> (the connection's owner when null).</summary>
    public Task<List<string>> GetProjectsAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<string>>(OwnerPath(owner).Literal("projects"), cancellationToken);

    /// <summary>The ids of the stacks of <paramref name="owner"/>, of one project when <paramref name="project"/> is given.</summary>
    public Task<List<StackId>> GetIdsAsync(string? owner = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var path = OwnerPath(owner);
        return _transport.GetJsonAsync<List<StackId>>((project is null ? path : path.Literal("project").Value(project)).Literal("stackIds"), cancellationToken);
    }

    /// <summary>The metadata of every stack of <paramref name="owner"/> (render-python's <c>get_stack_metadata_by_owner</c>).</summary>
    public Task<List<StackMetaData>> GetMetaDataByOwnerAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<List<StackMetaData>>(OwnerPath(owner).Literal("stacks"), cancellationToken);

    /// <summary>A stack's metadata: state, current version and, once COMPLETE, its stats.</summary>
    /// <exception cref="RenderNotFoundException">There is no such stack.</exception>
    public Task<StackMetaData> GetMetaDataAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<StackMetaData>(RequestPath.Stack(stackId), cancellationToken);

    /// <summary>
    /// Creates the stack (LOADING) or saves a new version of its metadata (render-python's
    /// <c>create_stack</c> and <c>set_stack_metadata</c>, render's <c>saveStackVersion</c>). A POST,
    /// so it is never retried.
    /// </summary>
    public Task CreateAsync(StackId stackId, StackVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _transport.SendAsync(HttpMethod.Post, RequestPath.Stack(stackId), RenderTransport.JsonBody(version), cancellationToken);
    }

    /// <summary>Moves the stack to <paramref name="state"/> (COMPLETE derives its stats).</summary>
    public Task SetStateAsync(StackId stackId, StackState state, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Put, RequestPath.Stack(stackId).Literal("state").Literal(JavaEnumNames<StackState>.NameOf(state)), null, cancellationToken);

    /// <summary>Deletes the stack with its tiles and transforms.</summary>
    public Task DeleteAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId), null, cancellationToken);

    /// <summary>
    /// Copies the source stack into <paramref name="target"/> (same owner; project may differ),
    /// optionally only some layers (render's <c>cloneStackVersion</c>). The target is left LOADING;
    /// render-python's <c>clone_stack</c> then sets it COMPLETE, which a caller does with
    /// <see cref="SetStateAsync"/>.
    /// </summary>
    public Task CloneAsync(StackId source, StackId target, CloneStackOptions? options = null, CancellationToken cancellationToken = default)
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
        return _transport.SendAsync(HttpMethod.Put, path, RenderTransport.JsonBody(options.Version ?? new StackVersion()), cancellationToken);
    }

    /// <summary>Renames or moves the stack (render-python's <c>rename_stack</c>).</summary>
    public Task RenameAsync(StackId stackId, StackId newStackId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newStackId);
        return _transport.SendAsync(HttpMethod.Put, RequestPath.Stack(stackId).Literal("stackId"), RenderTransport.JsonBody(newStackId), cancellationToken);
    }

    /// <summary>The bounds of the whole stack.</summary>
    public Task<Bounds> GetBoundsAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.GetJsonAsync<Bounds>(RequestPath.Stack(stackId).Literal("bounds"), cancellationToken);

    private RequestPath OwnerPath(string? owner) => RequestPath.Root().Literal("owner").Value(_transport.OwnerOr(owner));
}
