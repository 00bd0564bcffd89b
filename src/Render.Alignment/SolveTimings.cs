namespace Render.Alignment;

/// <summary>Where a solve's time went.</summary>
/// <param name="Inputs">Checking the tiles and matches and reducing every pair to its moments.</param>
/// <param name="Assembly">Building the normal equations and factoring the preconditioner, over all lambdas.</param>
/// <param name="Solve">Conjugate gradients, regulariser updates and gauges.</param>
/// <param name="Output">The output tile specs (last transform replaced, boxes derived).</param>
/// <param name="Residuals">The quality report (every match mapped again).</param>
public sealed record SolveTimings(TimeSpan Inputs, TimeSpan Assembly, TimeSpan Solve, TimeSpan Output, TimeSpan Residuals)
{
    /// <summary>All of it.</summary>
    public TimeSpan Total => Inputs + Assembly + Solve + Output + Residuals;
}
