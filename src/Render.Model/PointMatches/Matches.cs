namespace Render.Model.PointMatches;

/// <summary>
/// Matched points: <see cref="P"/> and <see cref="Q"/> are dimension-major (<c>[[x0..xn],[y0..yn]]</c>),
/// <see cref="W"/> the weights. Arrays are kept as given: render stores whatever shape it receives
/// and render-python expects its uploads back unchanged.
/// </summary>
/// <param name="P">Points in the p canvas.</param>
/// <param name="Q">Points in the q canvas.</param>
/// <param name="W">Weights.</param>
public sealed record Matches(
    double[][]? P = null,
    double[][]? Q = null,
    double[]? W = null);
