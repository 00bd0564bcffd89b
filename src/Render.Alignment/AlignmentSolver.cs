using System.Diagnostics;
using Render.Alignment.Problem;
using Render.Alignment.Quality;
using Render.Alignment.Solving;
using Render.Model;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment;

/// <summary>
/// The alignment solve (render's <c>Trakem2SolverClient</c>, as one sparse least-squares problem):
/// one model per tile id, every pair of the matches between two input tiles (montage pairs within a
/// layer, cross-layer pairs between layers) solved together, render's lambda schedule, fixed tiles,
/// and the target tiles render writes.
/// </summary>
/// <remarks>
/// Match points are in the coordinates the tile's last transform maps from (render's match
/// canvases: every transform but the last applied), so a tile's model is its last transform and
/// the solved affine replaces it. A pair is used when both tile ids are among the input tiles
/// (the group ids are not consulted); the others are counted and ignored, as render ignores pairs
/// with a tile missing from the stack. Thread-safe: nothing is shared between calls.
/// </remarks>
public static class AlignmentSolver
{
    /// <summary>Solves the tiles of <paramref name="tiles"/> (with its shared transforms) against <paramref name="matches"/>.</summary>
    /// <exception cref="RenderInputException">The input cannot be solved (no usable matches, a degenerate pair, a non-finite value, a tile whose last transform is not an affine...): nothing is produced.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static SolveResult Solve(ResolvedTileSpecCollection tiles, IEnumerable<CanvasMatches> matches, SolveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        return Solve([.. tiles.TileIdToSpecMap.Values], tiles.TransformIdToSpecMap, matches, options, cancellationToken);
    }

    /// <summary>Solves <paramref name="tiles"/>, whose references resolve against <paramref name="sharedTransforms"/>, against <paramref name="matches"/>.</summary>
    /// <exception cref="RenderInputException">The input cannot be solved: nothing is produced.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static SolveResult Solve(
        IReadOnlyList<TileSpec> tiles,
        IReadOnlyDictionary<string, TransformSpec>? sharedTransforms,
        IEnumerable<CanvasMatches> matches,
        SolveOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var shared = sharedTransforms ?? new Dictionary<string, TransformSpec>();
        var matchList = matches as IReadOnlyList<CanvasMatches> ?? [.. matches];

        var clock = Stopwatch.StartNew();
        Report(options, "inputs", $"reading {tiles.Count} tiles and {matchList.Count} pairs", 0);
        var input = SolveInput.Build(tiles, matchList, options);
        var inputs = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();

        clock.Restart();
        var solver = new TileSolver(input, options);
        Report(options, "solve", $"solving {input.TileCount} tiles in {solver.ComponentCount} component(s), {input.PairCount} pairs", 0.05);
        solver.Run(cancellationToken);
        var solve = clock.Elapsed - solver.AssemblyTime;

        clock.Restart();
        Report(options, "output", $"writing {input.TileCount} tiles", 0.9);
        var target = TargetTiles.Build(input, solver.Model, shared, options);
        var output = clock.Elapsed;

        clock.Restart();
        var counts = input.Counts(solver.ComponentCount);
        var quality = ResidualCalculation.Calculate(input, solver.Model, counts, options.WorstCount, options.Threads);
        var residuals = clock.Elapsed;
        Report(options, "residuals", quality.Summary, 1);

        var solved = new HashSet<string>(input.InputIndex.Select(index => tiles[index].TileId!), StringComparer.Ordinal);
        return new SolveResult(
            target,
            [.. tiles.Select(tile => tile.TileId!).Where(id => !solved.Contains(id))],
            shared,
            counts,
            [.. solver.SolvedComponents.OrderByDescending(component => component.TileCount).ThenBy(component => component.FirstTileId, StringComparer.Ordinal)],
            solver.Stages,
            quality,
            new SolveTimings(inputs, solver.AssemblyTime, solve, output, residuals));
    }

    private static void Check(SolveOptions options)
    {
        if (options.SamplesPerDimension < 2)
        {
            throw new ArgumentException($"samplesPerDimension must be at least 2, not {options.SamplesPerDimension}");
        }

        if (options.Threads < 1)
        {
            throw new ArgumentException($"threads must be at least 1, not {options.Threads}");
        }

        if (options.EffectiveLambdas() is { Count: 0 })
        {
            throw new ArgumentException(options.OptimizerLambdas is null
                ? $"startLambda {options.StartLambda} leaves none of the lambdas 1.0, 0.5, 0.1, 0.01"
                : "optimizerLambdas is empty");
        }

        if (options.EffectiveLambdas().FirstOrDefault(lambda => !(lambda >= 0 && lambda <= 1)) is var bad && !(bad >= 0 && bad <= 1))
        {
            throw new ArgumentException($"every lambda must be between 0 and 1, not {bad}");
        }

        if (options.StartRegularization is { } start && !(start.Lambda >= 0 && start.TranslationFactor >= 0 && double.IsFinite(start.Lambda * start.TranslationFactor)))
        {
            throw new ArgumentException("the start regularisation's lambda and translation factor must be finite and not negative");
        }

        if (options.MaxOuterIterations < 1 || !(options.OuterTolerance >= 0))
        {
            throw new ArgumentException("maxOuterIterations must be at least 1 and outerTolerance not negative");
        }
    }

    private static void Report(SolveOptions options, string phase, string message, double fraction) =>
        options.Progress?.Report(new SolveProgress(phase, message, Fraction: fraction));
}
