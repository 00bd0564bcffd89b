using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Alignment.Residuals;

/// <summary>
/// The body of render-ws's <c>POST .../stack/{stack}/pairResidualCalculation</c> (render's
/// <c>ResidualCalculator.InputData</c>): which pair, where its matches were made and where they are stored.
/// </summary>
/// <param name="PTileId">One tile of the pair.</param>
/// <param name="QTileId">The other tile.</param>
/// <param name="MatchRenderStackId">The stack whose tiles the matches were made on.</param>
/// <param name="MatchCollectionId">The collection holding the pair's matches.</param>
/// <param name="IncludeDetails">Whether the answer lists every distance (render fails on null; here null means no).</param>
public sealed record ResidualInputData(
    string? PTileId = null,
    string? QTileId = null,
    StackId? MatchRenderStackId = null,
    MatchCollectionId? MatchCollectionId = null,
    bool? IncludeDetails = null);
