namespace Render.Alignment;

/// <summary>What went into a solve and what was left out.</summary>
/// <param name="InputTiles">Tiles handed to the solve.</param>
/// <param name="SolvedTiles">Tiles with at least one usable pair: the ones solved and written.</param>
/// <param name="RemovedTiles">Tiles without any usable pair, left out of the output (as render removes them).</param>
/// <param name="FixedTiles">Solved tiles kept at their start (named by <see cref="SolveOptions.FixedTileIds"/>).</param>
/// <param name="Pairs">Pairs used.</param>
/// <param name="Matches">Point matches in the used pairs.</param>
/// <param name="PairsWithMissingTiles">Pairs ignored because a tile is not among the input tiles (as render).</param>
/// <param name="PairsWithoutMatches">Pairs ignored because they hold no match with a positive weight.</param>
/// <param name="SelfPairs">Pairs ignored because both sides are the same tile.</param>
/// <param name="Layers">Distinct z values among the solved tiles.</param>
/// <param name="Components">Match-connected components among the solved tiles, each solved with its own gauge.</param>
public sealed record SolveCounts(
    int InputTiles,
    int SolvedTiles,
    int RemovedTiles,
    int FixedTiles,
    int Pairs,
    long Matches,
    int PairsWithMissingTiles,
    int PairsWithoutMatches,
    int SelfPairs,
    int Layers,
    int Components);
