using System.Diagnostics;
using Render.Alignment.Problem;

namespace Render.Alignment.Solving;

/// <summary>
/// Runs the lambda schedule over all tiles at once and keeps the current model of every tile
/// (lifted, 6 values a tile).
/// </summary>
/// <remarks>
/// The energy of a lambda λ &lt; 1 is E(A, R) = Σ_pairs Σ w |A_p p − A_q q|² + μ Σ_tiles Σ w |A x − R x|²
/// with μ = λ / (1 − λ), the second sum over each tile's own match points and R of the
/// regulariser's family. For one tile between fixed neighbours its minimum is exactly mpicbg's
/// InterpolatedAffineModel2D fit, (1 − λ)·(best affine) + λ·(best regulariser model); here it is
/// minimised over all tiles together by alternating: R nearest to A (closed form, per tile), then
/// A from one sparse linear system whose matrix does not depend on R (so one factorisation
/// serves every update of a lambda). At λ = 1 render's model is the regulariser alone, so that
/// stage solves the regulariser's family without a pull.
/// </remarks>
internal sealed partial class TileSolver
{
    private readonly SolveInput _input;
    private readonly SolveOptions _options;
    private readonly TileIncidence _incidence;
    private readonly double[] _lifted;
    private readonly int[] _component;
    private readonly int _componentCount;
    private readonly bool[] _componentHasFixed;

    public TileSolver(SolveInput input, SolveOptions options)
    {
        _input = input;
        _options = options;
        _incidence = new TileIncidence(input);
        (_component, _componentCount) = Components(input);
        _componentHasFixed = new bool[_componentCount];
        for (var tile = 0; tile < input.TileCount; tile++)
        {
            _componentHasFixed[_component[tile]] |= input.Fixed[tile];
        }

        _lifted = new double[input.TileCount * 6];
        Parallel.For(0, input.TileCount, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, tile =>
        {
            // as render: every tile starts as its regulariser model fitted to its starting affine
            // (InterpolatedAffineModel2D built with lambda 1), and a fixed tile stays there
            var tileSpec = input.InputTiles[input.InputIndex[tile]];
            var (x, y) = FamilyFit.SampleGrid(tileSpec.Width!.Value, tileSpec.Height!.Value, options.SamplesPerDimension);
            var start = FamilyFit.Fit(options.RegularizerModelType, Affine2.Identity, input.Start[tile], x, y);
            input.Frames[tile].Lift(start, _lifted.AsSpan(tile * 6, 6));
        });
    }

    public int ComponentCount => _componentCount;

    public List<SolveStage> Stages { get; } = [];

    public List<SolvedComponent> SolvedComponents { get; } = [];

    public Affine2 Model(int tile) => _input.Frames[tile].Unlift(_lifted.AsSpan(tile * 6, 6));

    public void Run(CancellationToken cancellationToken)
    {
        var lambdas = _options.EffectiveLambdas();
        for (var index = 0; index < lambdas.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (model, mu, penalty) = StageOf(lambdas[index]);
            var clock = Stopwatch.StartNew();
            var (outer, cg, move) = model == ModelType.Rigid
                ? RunGaussNewton(lambdas[index], mu, penalty, cancellationToken)
                : RunLinear(lambdas[index], model, mu, penalty, index == lambdas.Count - 1, cancellationToken);
            Stages.Add(new SolveStage(lambdas[index], model, mu, outer, cg, move, clock.Elapsed));
            Report("solve", $"lambda {lambdas[index]}: {model.ToRenderName()}, {outer} outer and {cg} CG iterations, last move {move:0.######} px",
                   lambdas[index], outer, (index + 1.0) / lambdas.Count);
        }

        FixGauges(lambdas.Count == 0 ? (_options.ModelType, 0, null) : StageOf(lambdas[^1]));
    }

    /// <summary>The model, μ and pull family of a lambda.</summary>
    private (ModelType Model, double Mu, ModelType? Penalty) StageOf(double lambda)
    {
        var model = _options.ModelType;
        var regulariser = _options.RegularizerModelType;
        if (lambda >= 1)
        {
            return (regulariser < model ? regulariser : model, 0, null);
        }

        return regulariser < model && lambda > 0 ? (model, lambda / (1 - lambda), regulariser) : (model, 0, null);
    }

    private void Report(string phase, string message, double? lambda, int? iteration, double fraction) =>
        _options.Progress?.Report(new SolveProgress(phase, message, lambda, iteration, fraction));

    private static (int[] Component, int Count) Components(SolveInput input)
    {
        var parent = Enumerable.Range(0, input.TileCount).ToArray();
        int Find(int tile)
        {
            while (parent[tile] != tile)
            {
                parent[tile] = parent[parent[tile]];
                tile = parent[tile];
            }

            return tile;
        }

        for (var pair = 0; pair < input.PairCount; pair++)
        {
            var (a, b) = (Find(input.PairP[pair]), Find(input.PairQ[pair]));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var number = new Dictionary<int, int>();
        var component = new int[input.TileCount];
        for (var tile = 0; tile < input.TileCount; tile++)
        {
            var root = Find(tile);
            if (!number.TryGetValue(root, out var value))
            {
                number[root] = value = number.Count;
            }

            component[tile] = value;
        }

        return (component, number.Count);
    }
}
