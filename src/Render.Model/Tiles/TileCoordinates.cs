namespace Render.Model.Tiles;

/// <summary>
/// A point in a tile's local space and in world space, as the coordinate endpoints read and write it.
/// <see cref="Visible"/> is written only when true (the tile drawn on top at that point).
/// </summary>
/// <param name="TileId">The tile, or null (a world point not yet mapped to a tile).</param>
/// <param name="Visible">True when this tile is the one visible at the point; otherwise null.</param>
/// <param name="Local">Local coordinates [x, y] or [x, y, z].</param>
/// <param name="World">World coordinates [x, y] or [x, y, z].</param>
/// <param name="Error">Why this point could not be mapped, or null.</param>
public sealed record TileCoordinates(
    string? TileId = null,
    bool? Visible = null,
    double[]? Local = null,
    double[]? World = null,
    string? Error = null);
