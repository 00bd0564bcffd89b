namespace Render.Alignment;

/// <summary>One progress report of a solve.</summary>
/// <param name="Phase">What is running: <c>inputs</c>, <c>assemble</c>, <c>solve</c>, <c>output</c> or <c>residuals</c>.</param>
/// <param name="Message">A line for a person.</param>
/// <param name="Lambda">The lambda being solved, when solving.</param>
/// <param name="Iteration">The outer iteration within the lambda, when solving.</param>
/// <param name="Fraction">How far the whole solve is, from 0 to 1.</param>
public sealed record SolveProgress(string Phase, string Message, double? Lambda = null, int? Iteration = null, double Fraction = 0);
