using Render.Alignment;
using Render.Alignment.Quality;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// What <c>render solve</c> reports, printed and written as JSON (<c>--report</c>): what was
/// solved with which options, the counts (tiles left out, pairs ignored), components, lambdas,
/// where the time went, and the residuals of every pair and tile with the worst of each.
/// </summary>
internal sealed record SolveReport(
    StackId Stack,
    IReadOnlyList<MatchCollectionId> MatchCollections,
    double MinZ,
    double MaxZ,
    StackId? TargetStack,
    bool TargetComplete,
    string ModelType,
    string RegularizerModelType,
    IReadOnlyList<double> Lambdas,
    SolveCounts Counts,
    IReadOnlyList<SolvedComponent> Components,
    IReadOnlyList<SolveReport.Stage> Stages,
    SolveReport.Seconds Time,
    IReadOnlyList<string> RemovedTileIds,
    ResidualReport Quality)
{
    public static SolveReport Of(SolveRequest request, SolveInputs inputs, SolveResult result, TimeSpan saving, TimeSpan total)
    {
        var t = result.Timings;
        var zs = inputs.Layers.SelectMany(layer => layer.TileIdToSpecMap.Values).Select(tile => tile.Z ?? double.NaN).Where(double.IsFinite).ToList();
        return new SolveReport(
            request.Source,
            request.Collections,
            zs.Count > 0 ? zs.Min() : double.NaN,
            zs.Count > 0 ? zs.Max() : double.NaN,
            request.Target,
            request.Target is not null && request.CompleteTarget,
            request.Options.ModelType.ToRenderName(),
            request.Options.RegularizerModelType.ToRenderName(),
            request.Options.EffectiveLambdas(),
            result.Counts,
            result.Components,
            [.. result.Stages.Select(stage => new Stage(stage.Lambda, stage.Model.ToRenderName(), stage.OuterIterations, stage.CgIterations, stage.LastMove, stage.Elapsed.TotalSeconds))],
            new Seconds(
                inputs.TileTime.TotalSeconds, inputs.MatchTime.TotalSeconds, t.Inputs.TotalSeconds, t.Assembly.TotalSeconds, t.Solve.TotalSeconds,
                t.Output.TotalSeconds, t.Residuals.TotalSeconds, saving.TotalSeconds, total.TotalSeconds),
            result.RemovedTileIds,
            result.Quality);
    }

    /// <summary>One lambda of the schedule.</summary>
    public sealed record Stage(double Lambda, string Model, int OuterIterations, int CgIterations, double LastMove, double Seconds);

    /// <summary>Where the time went, in seconds: reading through the service, the solve's parts, saving, and the whole command.</summary>
    public sealed record Seconds(
        double ReadTiles, double ReadMatches, double Inputs, double Assembly, double Solve, double Output, double Residuals, double Save, double Total);
}
