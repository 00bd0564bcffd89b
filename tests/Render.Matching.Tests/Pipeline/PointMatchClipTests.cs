using Render.Geometry.Transforms;
using Render.Matching.Canvases;
using Render.Matching.Matching;
using Render.Matching.Pipeline;
using Render.Model.PointMatches;
using Xunit.Abstractions;

namespace Render.Matching.Tests.Pipeline;

/// <summary>
/// Clipped montage canvases (render's --clipWidth/--clipHeight): two tiles cut from one textured
/// world with a known translation, overlapping by 240 full-scale pixels, matched from strips of 160
/// pixels only. Every inlier must lie inside the strips and, in the whole tiles' full-scale
/// coordinates, differ by the known offset.
/// </summary>
public sealed class PointMatchClipTests(ITestOutputHelper output)
{
    private const int TileWidth = 1000;
    private const int TileHeight = 800;
    private const int Clip = 160;

    // q's origin in p's pixels: 240 pixels of overlap either way, a little slip along the seam.
    private static readonly (double X, double Y) Across = (760, 14);
    private static readonly (double X, double Y) Down = (-12, 560);

    private static readonly Lazy<(SyntheticWorld World, CanvasRequest P, CanvasRequest Right, CanvasRequest Below)> Scene = new(() =>
    {
        var world = new SyntheticWorld(1900, 1500, seed: 23);
        var p = world.Tile("p", TileWidth, TileHeight, new AffineModel2D(1, 0, 0, 1, 50, 40));
        var right = world.Tile("right", TileWidth, TileHeight, new AffineModel2D(1, 0, 0, 1, 50 + Across.X, 40 + Across.Y));
        var below = world.Tile("below", TileWidth, TileHeight, new AffineModel2D(1, 0, 0, 1, 50 + Down.X, 40 + Down.Y));
        return (world,
            CanvasRequest.Of("p", new CanvasId("1.0", "p"), SyntheticWorld.LocalCanvas(p)),
            CanvasRequest.Of("right", new CanvasId("1.0", "right"), SyntheticWorld.LocalCanvas(right)),
            CanvasRequest.Of("below", new CanvasId("1.0", "below"), SyntheticWorld.LocalCanvas(below)));
    });

    [Theory]
    [InlineData(MontageRelativePosition.Left)]
    [InlineData(MontageRelativePosition.Top)]
    public async Task RunAsync_ClippedPair_MatchesInsideTheStripsAtTheKnownOffset(MontageRelativePosition pPosition)
    {
        // LEFT: p keeps its right 160 pixels, q its left 160; TOP: p its bottom 160, q its top 160.
        var across = pPosition == MontageRelativePosition.Left;
        var (pClip, qClip) = across ? CanvasClip.ForPair(pPosition, Clip, null) : CanvasClip.ForPair(pPosition, null, Clip);
        var q = across ? Scene.Value.Right : Scene.Value.Below;
        var pair = new CanvasPairRequest(Scene.Value.P with { Key = "p::" + pPosition, Clip = pClip }, q with { Key = q.Key + "::" + qClip.Position, Clip = qClip });

        var matches = await MatchAsync(pair, pPosition.ToString());

        var (axis, full) = across ? (0, TileWidth) : (1, TileHeight);
        Assert.All(matches.P![axis], value => Assert.InRange(value, full - Clip - 0.5, full + 0.5));
        Assert.All(matches.Q![axis], value => Assert.InRange(value, -0.5, Clip + 0.5));
        AssertOffset(matches, across ? Across : Down);
    }

    [Fact]
    public async Task RunAsync_ClipWithoutPosition_ReportsThePairAsFailed()
    {
        var pair = new CanvasPairRequest(Scene.Value.P with { Key = "p::none", Clip = new CanvasClip(null, Clip, null) }, Scene.Value.Right);

        var report = await Pipeline().RunAsync([pair]);

        Assert.Empty(report.Matches);
        Assert.Contains("because relative position is unknown", report.Pairs[0].Error, StringComparison.Ordinal);
    }

    private static PointMatchPipeline Pipeline() =>
        new(Scene.Value.World, new PointMatchOptions(RenderScale: 0.6, Match: new MatchOptions(ModelType: MatchModelType.Translation, MaxEpsilonFullScale: 3, MinNumInliers: 7)));

    private async Task<Matches> MatchAsync(CanvasPairRequest pair, string name)
    {
        var whole = await Pipeline().RunAsync([new CanvasPairRequest(pair.P with { Clip = null, Key = "whole-p" }, pair.Q with { Clip = null, Key = "whole-q" })]);
        var report = await Pipeline().RunAsync([pair]);

        var outcome = report.Pairs[0];
        output.WriteLine($"{name}: clipped {outcome.PFeatureCount}/{outcome.QFeatureCount} features, {outcome.InlierCount} inliers; whole {whole.Pairs[0].PFeatureCount}/{whole.Pairs[0].QFeatureCount}");
        Assert.Null(outcome.Error);
        Assert.True(outcome.InlierCount >= 10, $"only {outcome.InlierCount} inliers");
        Assert.True(outcome.PFeatureCount * 3 < whole.Pairs[0].PFeatureCount, "the p canvas was not clipped");
        Assert.True(outcome.QFeatureCount * 3 < whole.Pairs[0].QFeatureCount, "the q canvas was not clipped");
        return Assert.Single(report.Matches).Matches!;
    }

    /// <summary>p − q is the known offset for every inlier within 1 px (median) and 3 px (each).</summary>
    private static void AssertOffset(Matches matches, (double X, double Y) offset)
    {
        var dx = matches.P![0].Zip(matches.Q![0], (p, q) => p - q).Order().ToArray();
        var dy = matches.P[1].Zip(matches.Q[1], (p, q) => p - q).Order().ToArray();
        Assert.InRange(dx[dx.Length / 2], offset.X - 1, offset.X + 1);
        Assert.InRange(dy[dy.Length / 2], offset.Y - 1, offset.Y + 1);
        Assert.All(dx, d => Assert.InRange(d, offset.X - 3, offset.X + 3));
        Assert.All(dy, d => Assert.InRange(d, offset.Y - 3, offset.Y + 3));
    }
}
