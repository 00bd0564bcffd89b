namespace Render.Alignment.Quality;

/// <summary>How well one tile agrees with its neighbours after the solve (over all matches of all its pairs).</summary>
/// <param name="TileId">The tile.</param>
/// <param name="Z">Its layer (before any merged z).</param>
/// <param name="PairCount">Its pairs.</param>
/// <param name="MatchCount">Matches over its pairs.</param>
/// <param name="Mean">Mean distance (world pixels).</param>
/// <param name="Rms">Root mean square distance.</param>
/// <param name="Max">Largest distance.</param>
/// <param name="WorstPartnerId">The tile of its pair with the largest mean distance.</param>
public sealed record TileResidual(string TileId, double Z, int PairCount, int MatchCount, double Mean, double Rms, double Max, string WorstPartnerId);
