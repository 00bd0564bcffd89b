namespace Render.Alignment.Quality;

/// <summary>The solve's quality: every pair and tile, the worst of each, overall figures and a summary line.</summary>
/// <param name="Pairs">Every used pair, in input order.</param>
/// <param name="Tiles">Every solved tile, in input order.</param>
/// <param name="WorstPairs">The pairs with the largest mean distance, worst first.</param>
/// <param name="WorstTiles">The tiles with the largest mean distance, worst first.</param>
/// <param name="Mean">Mean distance over all matches (world pixels).</param>
/// <param name="Rms">Root mean square distance over all matches.</param>
/// <param name="Max">Largest distance of any match.</param>
/// <param name="Summary">One line for a person.</param>
public sealed record ResidualReport(
    IReadOnlyList<PairResidual> Pairs,
    IReadOnlyList<TileResidual> Tiles,
    IReadOnlyList<PairResidual> WorstPairs,
    IReadOnlyList<TileResidual> WorstTiles,
    double Mean,
    double Rms,
    double Max,
    string Summary);
