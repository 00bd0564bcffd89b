using Render.Model.Rendering;

namespace Render.Export.Rendering;

/// <summary>
/// Where box and volume exports get what to draw: the render parameters of a box (tiles resolved
/// and flattened, with the stack's mipmap path builder and rendering defaults), as render's clients
/// load them from render-ws. The command line answers it through the client
/// (<c>.../render-parameters</c>); <see cref="LayerTiles"/> answers it from tile specs in memory.
/// Implementations must be thread-safe: boxes are asked for in parallel.
/// </summary>
public interface IBoxParametersSource
{
    /// <summary>The parameters of <paramref name="request"/>; no tiles when the box is empty.</summary>
    Task<RenderParameters> GetBoxAsync(BoxRequest request, CancellationToken cancellationToken);
}
