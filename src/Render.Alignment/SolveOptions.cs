namespace Render.Alignment;

/// <summary>
/// How to solve: render's <c>Trakem2SolverClient</c> parameters (model, regulariser, lambdas,
/// samples per dimension, fixed tiles, merged z, threads) plus the options of this solver.
/// Immutable; derive changed copies with <c>with</c>.
/// </summary>
public sealed record SolveOptions
{
    /// <summary>render's default lambda schedule (used when <see cref="OptimizerLambdas"/> is null).</summary>
    public static readonly IReadOnlyList<double> DefaultLambdas = [1.0, 0.5, 0.1, 0.01];

    /// <summary>The model of every tile (render's solver: always AFFINE).</summary>
    public ModelType ModelType { get; init; } = ModelType.Affine;

    /// <summary>The model the tile model is pulled towards by lambda (render's <c>regularizerModelType</c>).</summary>
    public ModelType RegularizerModelType { get; init; } = ModelType.Rigid;

    /// <summary>
    /// Samples per dimension of the grid over [0, width − 1] × [0, height − 1] on which each
    /// tile's starting affine is sampled to fit its starting regulariser model (render's default 2:
    /// the four corners). At least 2.
    /// </summary>
    public int SamplesPerDimension { get; init; } = 2;

    /// <summary>
    /// The first lambda of render's default schedule 1.0, 0.5, 0.1, 0.01 (the ones not above it
    /// are run). Ignored when <see cref="OptimizerLambdas"/> is given.
    /// </summary>
    public double StartLambda { get; init; } = 1.0;

    /// <summary>Explicit lambdas, run largest first as render sorts them; null for the default schedule.</summary>
    public IReadOnlyList<double>? OptimizerLambdas { get; init; }

    /// <summary>Tiles kept where they start (render's <c>fixedTileIds</c>); ids not among the solved tiles are ignored.</summary>
    public IReadOnlyCollection<string>? FixedTileIds { get; init; }

    /// <summary>BigFeta-style regularisation towards each tile's starting transform, or null for none.</summary>
    public StartRegularization? StartRegularization { get; init; }

    /// <summary>The z every output tile gets (render's <c>mergedZ</c>); null keeps each tile's z.</summary>
    public double? MergedZ { get; init; }

    /// <summary>Threads for assembly, the solve and the output (render's <c>--threads</c>); at least 1.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>How many pairs and tiles the quality report lists as the worst.</summary>
    public int WorstCount { get; init; } = 20;

    /// <summary>
    /// Largest number of regulariser updates (or Gauss-Newton steps for a rigid model) per lambda;
    /// each reuses the factorisation of its lambda.
    /// </summary>
    public int MaxOuterIterations { get; init; } = 50;

    /// <summary>
    /// The outer iterations of a lambda stop when no tile corner moves more than this (pixels). At
    /// 0.01 px the energy has settled to about seven digits in our measurements.
    /// </summary>
    public double OuterTolerance { get; init; } = 0.01;

    /// <summary>Where progress is reported (phases, lambdas, iterations), or null.</summary>
    public IProgress<SolveProgress>? Progress { get; init; }

    /// <summary>The lambdas this run uses, largest first, as render derives them.</summary>
    public IReadOnlyList<double> EffectiveLambdas() => OptimizerLambdas is { } given
        ? [.. given.OrderDescending()]
        : [.. DefaultLambdas.Where(lambda => lambda <= StartLambda)];
}
