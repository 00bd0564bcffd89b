using Render.Export.Rendering;
using Render.Model.Rendering;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// The render parameters of export boxes read through the client, as render's box and N5 clients
/// load them from render-ws: the tiles of the box resolved and flattened by the service, with the
/// stack's mipmap path builder, so that low scales read derived mipmap files.
/// </summary>
internal sealed class ClientBoxParameters(RenderClient client, StackId stackId, RenderQuery? query = null) : IBoxParametersSource
{
    public Task<RenderParameters> GetBoxAsync(BoxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.Rendering.GetBoxParametersAsync(
            stackId, new RenderBox(request.Z, request.X, request.Y, request.Width, request.Height, request.Scale), query, cancellationToken);
    }
}
