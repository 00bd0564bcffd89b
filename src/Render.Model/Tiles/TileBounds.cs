namespace Render.Model.Tiles;

/// <summary>The world box of one tile (render's <c>TileBounds</c>: its <c>Bounds</c> fields, then the tile's).</summary>
/// <param name="MinX">Minimum x.</param>
/// <param name="MinY">Minimum y.</param>
/// <param name="MaxX">Maximum x.</param>
/// <param name="MaxY">Maximum y.</param>
/// <param name="TileId">The tile.</param>
/// <param name="SectionId">The tile's section.</param>
/// <param name="Z">The tile's layer.</param>
public sealed record TileBounds(
    double? MinX = null,
    double? MinY = null,
    double? MaxX = null,
    double? MaxY = null,
    string? TileId = null,
    string? SectionId = null,
    double? Z = null);
