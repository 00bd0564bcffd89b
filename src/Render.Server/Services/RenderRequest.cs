using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// A render request prepared once and carried from the endpoint to the renderer: the parameters
/// with the query and the stack's defaults applied (the stack read once for the request), and the
/// channels as parsed when the query named them. Without query channels the renderer parses the
/// parameters' own channels, once.
/// </summary>
/// <param name="Parameters">What to render.</param>
/// <param name="Channels">The query's channels, parsed; null when the query named none.</param>
public sealed record RenderRequest(RenderParameters Parameters, ChannelNamesAndWeights? Channels = null);
