namespace Render.Matching.Pipeline;

/// <summary>Two canvases to match: p and q in the stored pair.</summary>
/// <param name="P">The p canvas.</param>
/// <param name="Q">The q canvas.</param>
public sealed record CanvasPairRequest(CanvasRequest P, CanvasRequest Q);
