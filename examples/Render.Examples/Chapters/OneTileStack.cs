using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="OneTileStackChapter"/> made.</summary>
/// <param name="StackId">The COMPLETE stack.</param>
/// <param name="Tile">The tile as it was sent (without a box).</param>
/// <param name="Bounds">The stack's bounds as the server reports them.</param>
public sealed record OneTileStack(StackId StackId, TileSpec Tile, Bounds Bounds);
