namespace Render.Model.PointMatches;

/// <summary>Two canvases to match (render orders them so that p is the smaller).</summary>
/// <param name="P">The first canvas.</param>
/// <param name="Q">The second canvas.</param>
/// <param name="AbsoluteDeltaZ">The distance between their layers, or null.</param>
public sealed record OrderedCanvasIdPair(
    CanvasId? P = null,
    CanvasId? Q = null,
    double? AbsoluteDeltaZ = null);
