namespace Render.Model.PointMatches;

/// <summary>A canvas (tile) in a tile pair file: its group, id and, for montage pairs, relative position.</summary>
/// <param name="GroupId">The group (section id).</param>
/// <param name="Id">The canvas (tile id).</param>
/// <param name="RelativePosition">Where this canvas lies relative to the other one of its pair, or null.</param>
/// <param name="ClipOffsets">Offsets of a clipped canvas, or null.</param>
public sealed record CanvasId(
    string? GroupId = null,
    string? Id = null,
    MontageRelativePosition? RelativePosition = null,
    double[]? ClipOffsets = null);
