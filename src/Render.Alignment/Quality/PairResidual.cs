namespace Render.Alignment.Quality;

/// <summary>How well one pair agrees after the solve: distances in world pixels between each match's two points, each mapped by its tile's solved model.</summary>
/// <param name="PGroupId">The p tile's group (section).</param>
/// <param name="PId">The p tile.</param>
/// <param name="QGroupId">The q tile's group.</param>
/// <param name="QId">The q tile.</param>
/// <param name="MatchCount">Matches in the pair.</param>
/// <param name="Mean">Mean distance.</param>
/// <param name="Rms">Root mean square distance.</param>
/// <param name="Max">Largest distance.</param>
public sealed record PairResidual(string? PGroupId, string PId, string? QGroupId, string QId, int MatchCount, double Mean, double Rms, double Max);
