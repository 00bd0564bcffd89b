namespace Render.Alignment;

/// <summary>What one lambda of the schedule did.</summary>
/// <param name="Lambda">The lambda (render's interpolation weight of the regulariser).</param>
/// <param name="Model">The model solved: the tile model, or the regulariser's at lambda 1 (where render's interpolated model is the regulariser alone).</param>
/// <param name="Mu">The weight of the pull towards the nearest regulariser model, λ / (1 − λ); 0 when there is none.</param>
/// <param name="OuterIterations">Regulariser updates (or Gauss–Newton steps for RIGID) run.</param>
/// <param name="CgIterations">Conjugate-gradient iterations over all outer iterations and right-hand sides.</param>
/// <param name="LastMove">How far any tile corner moved in the last outer iteration (pixels).</param>
/// <param name="Elapsed">Time spent, assembly included.</param>
public sealed record SolveStage(double Lambda, ModelType Model, double Mu, int OuterIterations, int CgIterations, double LastMove, TimeSpan Elapsed);
