namespace Render.Export.Boxes;

/// <summary>What a run did for its part of one layer.</summary>
/// <param name="Z">The layer.</param>
/// <param name="BoxesWritten">Boxes (all levels) written.</param>
/// <param name="BoxesKept">Boxes that existed and were kept.</param>
/// <param name="EmptyBoxes">Level-0 boxes without tiles (no file, as render writes none).</param>
/// <param name="OverviewWritten">True when the overview was written.</param>
/// <param name="RenderedPixels">Level-0 pixels rendered (for throughput figures).</param>
public sealed record BoxLayerResult(double Z, int BoxesWritten, int BoxesKept, int EmptyBoxes, bool OverviewWritten, long RenderedPixels);
