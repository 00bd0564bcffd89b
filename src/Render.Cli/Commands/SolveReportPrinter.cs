using System.Globalization;
using Render.Alignment;

namespace Render.Cli.Commands;

/// <summary>
/// The lines <c>render solve</c> prints when it is done: what was solved, the quality summary,
/// the tiles left out and pairs ignored, the components, the worst pairs and tiles, and the time
/// of each part. Numbers are written in the invariant culture.
/// </summary>
internal static class SolveReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task PrintAsync(TextWriter output, SolveReport report)
    {
        foreach (var line in Lines(report))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Lines(SolveReport report)
    {
        var c = report.Counts;
        yield return string.Create(Invariant, $"solved {c.SolvedTiles} of {c.InputTiles} tiles of {report.Stack.Project}/{report.Stack.Stack} (z {report.MinZ} to {report.MaxZ}) ") +
                     string.Create(Invariant, $"with {report.ModelType} tiles, regulariser {report.RegularizerModelType}, lambdas {string.Join(", ", report.Lambdas.Select(l => l.ToString(Invariant)))}");
        yield return report.Quality.Summary;
        yield return Counts(c);
        yield return string.Create(Invariant, $"components: {c.Components}");
        foreach (var component in report.Components.Take(Math.Max(1, report.Quality.WorstPairs.Count)))
        {
            yield return string.Create(Invariant, $"  {component.TileCount} tiles from {component.FirstTileId}, z {component.MinZ} to {component.MaxZ}, gauge {component.Gauge}");
        }

        if (report.Quality.WorstPairs.Count > 0)
        {
            yield return "worst pairs (mean, RMS, max distance in px; matches):";
            foreach (var pair in report.Quality.WorstPairs)
            {
                yield return string.Create(Invariant, $"  {pair.PId} - {pair.QId}: {pair.Mean:0.###}, {pair.Rms:0.###}, {pair.Max:0.###}; {pair.MatchCount}");
            }

            yield return "worst tiles (mean, RMS, max distance in px; pairs; its worst partner):";
            foreach (var tile in report.Quality.WorstTiles)
            {
                yield return string.Create(Invariant, $"  {tile.TileId} (z {tile.Z}): {tile.Mean:0.###}, {tile.Rms:0.###}, {tile.Max:0.###}; {tile.PairCount}; {tile.WorstPartnerId}");
            }
        }

        yield return Time(report.Time);
        yield return report.TargetStack is { } target
            ? $"saved {c.SolvedTiles} tiles to {target.Owner}/{target.Project}/{target.Stack}{(report.TargetComplete ? " (COMPLETE)" : string.Empty)}"
            : "no --target-stack: nothing saved";
    }

    private static string Counts(SolveCounts c) =>
        string.Create(Invariant, $"left out: {c.RemovedTiles} tile(s) without matches; ") +
        string.Create(Invariant, $"ignored: {c.PairsWithMissingTiles} pair(s) naming tiles not in the stack's z range, ") +
        string.Create(Invariant, $"{c.PairsWithoutMatches} pair(s) without matches, {c.SelfPairs} pair(s) of a tile with itself; {c.FixedTiles} fixed tile(s)");

    private static string Time(SolveReport.Seconds s) =>
        string.Create(Invariant, $"time: read tiles {s.ReadTiles:0.00} s, read matches {s.ReadMatches:0.00} s, inputs {s.Inputs:0.00} s, ") +
        string.Create(Invariant, $"assembly {s.Assembly:0.00} s, solve {s.Solve:0.00} s, output {s.Output:0.00} s, residuals {s.Residuals:0.00} s, ") +
        string.Create(Invariant, $"save {s.Save:0.00} s; total {s.Total:0.00} s");
}
