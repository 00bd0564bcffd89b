using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>A tile's last (world-placing) transform, as the <c>last-tile-transforms</c> endpoint answers.</summary>
/// <param name="TileId">The tile.</param>
/// <param name="LastTransform">Its last transform, resolved and flattened.</param>
public sealed record LastTileTransform(
    string? TileId = null,
    TransformSpec? LastTransform = null);
