using Render.Alignment.Quality;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment;

/// <summary>
/// What a solve produced: the target stack's tiles (render's REPLACE_LAST of each solved tile's
/// last transform by its solved affine, merged z, boxes derived again), the tiles left out, and
/// how it went. Saving is the caller's (render saves the tiles of each z with one PUT of
/// resolvedTiles; <see cref="ToResolvedTiles()"/> gives that body).
/// </summary>
/// <param name="Tiles">The solved tiles, in input order.</param>
/// <param name="RemovedTileIds">Input tiles without usable matches, not in <see cref="Tiles"/> (render removes them from the target).</param>
/// <param name="SharedTransforms">The shared transforms the tiles may refer to (passed through from the input).</param>
/// <param name="Counts">What went in and what was left out.</param>
/// <param name="Components">The match-connected components, largest first.</param>
/// <param name="Stages">One entry per lambda.</param>
/// <param name="Quality">Residuals of every pair and tile after the solve.</param>
/// <param name="Timings">Where the time went.</param>
public sealed record SolveResult(
    IReadOnlyList<TileSpec> Tiles,
    IReadOnlyList<string> RemovedTileIds,
    IReadOnlyDictionary<string, TransformSpec> SharedTransforms,
    SolveCounts Counts,
    IReadOnlyList<SolvedComponent> Components,
    IReadOnlyList<SolveStage> Stages,
    ResidualReport Quality,
    SolveTimings Timings)
{
    /// <summary>The solved tiles with the shared transforms: the body of <c>PUT .../resolvedTiles</c> for the target stack.</summary>
    public ResolvedTileSpecCollection ToResolvedTiles() => ToResolvedTiles(Tiles);

    /// <summary>The solved tiles grouped by z (ascending), each with the shared transforms, as render saves them one layer at a time.</summary>
    public IEnumerable<(double Z, ResolvedTileSpecCollection Tiles)> ByZ() =>
        Tiles.GroupBy(tile => tile.Z ?? double.NaN).OrderBy(group => group.Key).Select(group => (group.Key, ToResolvedTiles(group)));

    private ResolvedTileSpecCollection ToResolvedTiles(IEnumerable<TileSpec> tiles) =>
        new(SharedTransforms, tiles.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal));
}
