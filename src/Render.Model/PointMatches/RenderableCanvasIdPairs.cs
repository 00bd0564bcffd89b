namespace Render.Model.PointMatches;

/// <summary>A tile pair file: the pairs to match and the URL template that renders each canvas.</summary>
/// <param name="RenderParametersUrlTemplate">A URL with <c>{baseDataUrl}</c>, <c>{groupId}</c> and <c>{id}</c> placeholders.</param>
/// <param name="NeighborPairs">The pairs; null means none.</param>
public sealed record RenderableCanvasIdPairs(
    string? RenderParametersUrlTemplate = null,
    IReadOnlyList<OrderedCanvasIdPair>? NeighborPairs = null)
{
    /// <summary>The pairs.</summary>
    public IReadOnlyList<OrderedCanvasIdPair> NeighborPairs { get; init; } = NeighborPairs ?? [];
}
