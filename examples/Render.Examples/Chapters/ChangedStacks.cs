using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="TransformChangesChapter"/> wrote.</summary>
/// <param name="Montage">The stack of the tiles with a new last transform (COMPLETE).</param>
/// <param name="Aligned">The stack of those tiles with the shared transform appended (COMPLETE).</param>
/// <param name="Changes">The new last transform of each tile.</param>
/// <param name="SharedTransform">The shared transform appended in <paramref name="Aligned"/>.</param>
public sealed record ChangedStacks(StackId Montage, StackId Aligned, IReadOnlyList<TileTransform> Changes, LeafTransformSpec SharedTransform);
