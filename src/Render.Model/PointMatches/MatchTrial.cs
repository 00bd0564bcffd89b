namespace Render.Model.PointMatches;

/// <summary>
/// A stored match trial (parameters tried on one tile pair, and what they gave). The service only
/// stores and returns trials, so their parameter and statistics objects are kept as given.
/// </summary>
/// <param name="Id">The trial id.</param>
/// <param name="Parameters">The trial parameters, as given.</param>
/// <param name="Matches">The matches found.</param>
/// <param name="Stats">Matching statistics, as given.</param>
/// <param name="GdStats">Geometric-descriptor statistics, as given.</param>
public sealed record MatchTrial(
    string? Id = null,
    JsonElement? Parameters = null,
    IReadOnlyList<Matches>? Matches = null,
    JsonElement? Stats = null,
    JsonElement? GdStats = null);
