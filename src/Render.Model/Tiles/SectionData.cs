namespace Render.Model.Tiles;

/// <summary>One section of a stack: its z, tile count and world box (note render's order: minX, maxX, minY, maxY).</summary>
/// <param name="SectionId">The section id.</param>
/// <param name="Z">The section's layer.</param>
/// <param name="TileCount">The number of tiles.</param>
/// <param name="MinX">Minimum x.</param>
/// <param name="MaxX">Maximum x.</param>
/// <param name="MinY">Minimum y.</param>
/// <param name="MaxY">Maximum y.</param>
public sealed record SectionData(
    string? SectionId = null,
    double? Z = null,
    long? TileCount = null,
    double? MinX = null,
    double? MaxX = null,
    double? MinY = null,
    double? MaxY = null);
