using Render.Geometry.Transforms;
using Render.Matching.Matching;
using Render.Matching.Pipeline;
using Render.Model.PointMatches;
using Xunit.Abstractions;

namespace Render.Matching.Tests.Pipeline;

/// <summary>
/// A synthetic acquisition: a textured world cut into overlapping tiles through known affines
/// (rotation, scale, shear), matched in the tiles' own pixels; every inlier must say what the
/// known geometry says.
/// </summary>
public sealed class SyntheticAcquisitionTests(ITestOutputHelper output)
{
    private static readonly AffineModel2D LeftToWorld = new(1, 0, 0, 1, 40, 60);

    // Rotated by 2 degrees, scaled by 1.01 with a little shear, 760 pixels to the right.
    private static readonly AffineModel2D RightToWorld = new(1.0094, 0.0352, -0.0322, 1.0094, 800, 48);

    private static readonly Lazy<(SyntheticWorld World, CanvasRequest Left, CanvasRequest Right, CanvasRequest Far)> Scene = new(() =>
    {
        var world = new SyntheticWorld(2600, 1100, seed: 17);
        var left = world.Tile("left", 1000, 800, LeftToWorld);
        var right = world.Tile("right", 1000, 800, RightToWorld);
        var far = world.Tile("far", 600, 800, new AffineModel2D(1, 0, 0, 1, 1980, 200));
        return (world,
            CanvasRequest.Of("left", new CanvasId("1.0", "left"), SyntheticWorld.LocalCanvas(left)),
            CanvasRequest.Of("right", new CanvasId("1.0", "right"), SyntheticWorld.LocalCanvas(right)),
            CanvasRequest.Of("far", new CanvasId("1.0", "far"), SyntheticWorld.LocalCanvas(far)));
    });

    private static PointMatchPipeline Pipeline(MatchModelType model = MatchModelType.Affine, MatchFilterType filter = MatchFilterType.SingleSet, int threads = 2) =>
        new(Scene.Value.World, new PointMatchOptions(RenderScale: 0.6, Match: new MatchOptions(ModelType: model, Filter: filter, MaxEpsilonFullScale: 3, MinNumInliers: 7), MaxDegreeOfParallelism: threads));

    [Theory]
    [InlineData(MatchModelType.Affine)]
    [InlineData(MatchModelType.Similarity)]
    [InlineData(MatchModelType.Rigid)]
    public async Task RunAsync_OverlappingTiles_InliersAgreeWithTheKnownGeometry(MatchModelType model)
    {
        var report = await Pipeline(model).RunAsync([new CanvasPairRequest(Scene.Value.Left, Scene.Value.Right)]);

        var pair = Assert.Single(report.Matches);
        var errors = WorldErrors(pair.Matches!).Order().ToList();
        var median = errors[errors.Count / 2];
        output.WriteLine($"{model}: {report.Pairs[0].PFeatureCount}/{report.Pairs[0].QFeatureCount} features, {report.Pairs[0].CandidateCount} candidates, {errors.Count} inliers, median {median:F3} px, max {errors[^1]:F3} px");
        Assert.True(errors.Count >= 20, $"only {errors.Count} inliers");
        Assert.True(median < 1.0, $"median world error {median} px");
        Assert.True(errors[^1] < 10, $"largest world error {errors[^1]} px");
        Assert.Equal(("1.0", "left", "1.0", "right"), (pair.PGroupId, pair.PId, pair.QGroupId, pair.QId));
        Assert.All(pair.Matches!.W!, weight => Assert.Equal(1.0, weight));
    }

    [Fact]
    public async Task RunAsync_TilesThatDoNotOverlap_StoreNothing()
    {
        var report = await Pipeline().RunAsync([new CanvasPairRequest(Scene.Value.Left, Scene.Value.Far)]);

        Assert.Empty(report.Matches);
        Assert.Null(report.Pairs[0].Error);
        Assert.Equal(0, report.Pairs[0].InlierCount);
    }

    [Fact]
    public async Task RunAsync_OneOrTwoThreads_GiveTheSameMatches()
    {
        CanvasPairRequest[] pairs = [new(Scene.Value.Left, Scene.Value.Right), new(Scene.Value.Right, Scene.Value.Far), new(Scene.Value.Left, Scene.Value.Far)];

        var one = await Pipeline(threads: 1).RunAsync(pairs);
        var two = await Pipeline(threads: 2).RunAsync(pairs);

        Assert.Equal(Render.Model.Json.RenderJson.Serialize(one.Matches.ToList()), Render.Model.Json.RenderJson.Serialize(two.Matches.ToList()));
    }

    [Fact]
    public async Task RunAsync_ConsensusSets_SplitIntoRendersSetPairs()
    {
        var report = await Pipeline(filter: MatchFilterType.ConsensusSets).RunAsync([new CanvasPairRequest(Scene.Value.Left, Scene.Value.Right)]);

        // One geometry, so one set: stored as a plain pair, as render does for a single set.
        var pair = Assert.Single(report.Matches);
        Assert.Null(pair.ConsensusSetData);
        Assert.True(WorldErrors(pair.Matches!).Order().ElementAt(pair.Matches!.W!.Length / 2) < 1.0);
    }

    /// <summary>|LeftToWorld(p) − RightToWorld(q)| for each stored (full-scale, tile-local) inlier.</summary>
    internal static IEnumerable<double> WorldErrors(Matches matches)
    {
        for (var i = 0; i < matches.W!.Length; i++)
        {
            double px = matches.P![0][i], py = matches.P[1][i], qx = matches.Q![0][i], qy = matches.Q[1][i];
            LeftToWorld.ApplyInPlace(ref px, ref py);
            RightToWorld.ApplyInPlace(ref qx, ref qy);
            yield return Math.Sqrt(((px - qx) * (px - qx)) + ((py - qy) * (py - qy)));
        }
    }
}
