using System.Text;
using Render.Model.Stacks;

namespace Render.Client;

/// <content>
/// Where a stack's materialised CATMAID boxes live (render's <c>materializedBoxRootPath</c>): the
/// folder under which render-ws's largeDataTileSource endpoints look for box files before they render.
/// </content>
public sealed partial class StacksClient
{
    /// <summary>The stack's materialised box root, or null when it has none.</summary>
    public async Task<string?> GetMaterializedBoxRootPathAsync(StackId stackId, CancellationToken cancellationToken = default)
    {
        var text = await _transport.GetTextAsync(RequestPath.Stack(stackId).Literal("materializedBoxRootPath"), cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Sets the folder under which the service finds the stack's boxes (<c>[w]x[h]/[level]/[z]/[row]/[column].[ext]</c>).</summary>
    public Task SetMaterializedBoxRootPathAsync(StackId stackId, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _transport.SendAsync(
            HttpMethod.Put, RequestPath.Stack(stackId).Literal("materializedBoxRootPath"), () => new StringContent(path, Encoding.UTF8, "text/plain"), cancellationToken);
    }

    /// <summary>Removes the stack's materialised box root, so that every box is rendered again.</summary>
    public Task DeleteMaterializedBoxRootPathAsync(StackId stackId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(HttpMethod.Delete, RequestPath.Stack(stackId).Literal("materializedBoxRootPath"), null, cancellationToken);
}
