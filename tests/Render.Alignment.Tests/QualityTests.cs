namespace Render.Alignment.Tests;

/// <summary>The residual report, progress and threads.</summary>
public sealed class QualityTests
{
    [Fact]
    public void Solve_OnePairWithAShiftedMatch_IsTheWorstPairAndItsTilesTheWorstTiles()
    {
        var acquisition = SyntheticAcquisition.Create(ModelType.Rigid, columns: 3, rows: 2, layers: 1, noise: 0);
        var bad = acquisition.Matches[0];
        var q = bad.Matches!.Q!;
        q[0][0] += 30;
        var options = new SolveOptions { ModelType = ModelType.Rigid, RegularizerModelType = ModelType.Rigid, WorstCount = 2 };

        var result = AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, options);

        var worst = result.Quality.WorstPairs[0];
        Assert.Equal((bad.PId, bad.QId), (worst.PId, worst.QId));
        Assert.True(worst.Max > 20, result.Quality.Summary);
        Assert.Equal(2, result.Quality.WorstTiles.Count);
        Assert.Contains(result.Quality.WorstTiles[0].TileId, new[] { bad.PId, bad.QId });
        Assert.Equal(acquisition.Matches.Count, result.Quality.Pairs.Count);
        Assert.StartsWith("6 tiles in 1 component(s) over 1 layer(s), 7 pairs, 350 matches: residual mean", result.Quality.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_WithProgress_ReportsEveryPhaseInOrder()
    {
        var acquisition = SyntheticAcquisition.Create(ModelType.Affine, columns: 2, rows: 2, layers: 2, noise: 0.3);
        var reports = new List<SolveProgress>();

        AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, new SolveOptions { Progress = new Collector(reports) });

        var phases = reports.Select(report => report.Phase).Distinct().ToList();
        Assert.Equal(["inputs", "solve", "output", "residuals"], phases);
        Assert.Contains(reports, report => report.Lambda == 0.01);
        Assert.Equal(1, reports[^1].Fraction);
    }

    [Fact]
    public void Solve_OneThreadOrTwo_GivesTheSameTiles()
    {
        var acquisition = SyntheticAcquisition.Create(ModelType.Affine, columns: 4, rows: 3, layers: 3, noise: 0.3);

        var one = AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, new SolveOptions { Threads = 1 });
        var two = AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, new SolveOptions { Threads = 2 });

        foreach (var (a, b) in one.Tiles.Zip(two.Tiles))
        {
            Assert.Equal(TruthComparison.LastAffine(a).ToArray(), TruthComparison.LastAffine(b).ToArray(), (x, y) => Math.Abs(x - y) < 1e-6 * Math.Max(1, Math.Abs(x)));
        }
    }

    [Fact]
    public void Solve_Cancelled_Throws()
    {
        var acquisition = SyntheticAcquisition.Create(ModelType.Affine, columns: 2, rows: 2, layers: 1, noise: 0.3);

        Assert.Throws<OperationCanceledException>(() =>
            AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, new SolveOptions(), new CancellationToken(canceled: true)));
    }

    private sealed class Collector(List<SolveProgress> reports) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => reports.Add(value);
    }
}
