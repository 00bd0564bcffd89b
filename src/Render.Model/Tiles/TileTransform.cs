using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>A transform for one tile: the entries of a transform-changes file (<c>[{tileId, transform}]</c>).</summary>
/// <param name="TileId">The tile.</param>
/// <param name="Transform">The transform to apply to it.</param>
public sealed record TileTransform(
    string? TileId = null,
    TransformSpec? Transform = null);
