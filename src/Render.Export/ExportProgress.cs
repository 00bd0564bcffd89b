namespace Render.Export;

/// <summary>How far a run is: <paramref name="Done"/> of <paramref name="Total"/> work items (tiles, boxes or chunks) of this part.</summary>
/// <param name="Done">Items finished (written or found already done).</param>
/// <param name="Total">Items in this part.</param>
/// <param name="Item">What was just finished, for a log line.</param>
public sealed record ExportProgress(int Done, int Total, string Item);
