using Render.Model.Stacks;

namespace Render.Alignment.Residuals;

/// <summary>
/// The answer of <c>pairResidualCalculation</c> (render's <c>ResidualCalculator.Result</c>):
/// distances in world pixels of the aligned stack between each match's two points; all null when
/// no match could be mapped, the list only with <c>includeDetails</c>.
/// </summary>
/// <param name="AlignedStackId">The aligned stack the distances were measured in.</param>
/// <param name="InputData">The request.</param>
/// <param name="MedianDistance">Median distance (the mean of the middle two for an even count).</param>
/// <param name="MeanDistance">Mean distance.</param>
/// <param name="MaxDistance">Largest distance.</param>
/// <param name="RootMeanSquareError">Root mean square distance.</param>
/// <param name="DistanceList">Every distance in ascending order, with <c>includeDetails</c> only.</param>
public sealed record ResidualResult(
    StackId? AlignedStackId = null,
    ResidualInputData? InputData = null,
    double? MedianDistance = null,
    double? MeanDistance = null,
    double? MaxDistance = null,
    double? RootMeanSquareError = null,
    IReadOnlyList<double>? DistanceList = null);
