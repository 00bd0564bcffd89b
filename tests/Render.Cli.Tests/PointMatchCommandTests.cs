using System.Globalization;
using Render.Geometry.Transforms;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Cli.Tests;

/// <summary>
/// <c>render point-match</c> against a served stack of render's four stitch-test tiles (level-1
/// mipmaps of real overlapping EM tiles with their stitched affines): canvases named by URL as
/// render-python passes them, and pair files from <c>render tile-pairs</c> split in parts; the
/// stored inliers are checked against render's transforms.
/// </summary>
public sealed class PointMatchCommandTests : InProcessServiceTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "render-app");

    /// <summary>Montage settings: an affine within 1 full-scale pixel, at least 7 inliers, canvases at half scale (the mipmaps 1:1).</summary>
    private static readonly string[] Settings = ["--render-scale", "0.5", "--match-max-epsilon", "1", "--match-min-num-inliers", "7", "--number-of-threads", "2"];

    private static readonly Lazy<List<TileSpec>> Tiles = new(() =>
    {
        var json = File.ReadAllText(Path.Combine(Root, "stitch-test", "test_4_tiles_level_1.json")).Replace("src/test/resources/", Root + "/", StringComparison.Ordinal);
        return [.. RenderJson.Parse<List<TileSpec>>(json).GetValueOrThrow().Select(tile => tile with { Z = 1, Layout = new LayoutData(SectionId: "1.0") })];
    });

    private async Task ImportStitchTilesAsync()
    {
        var file = Path.Combine(DataDirectory, "stitch_tiles.json");
        // The identity first and the stitched affine last, so that render's normalizeForMatching (drop the last transform) leaves the tile's own pixels.
        List<TileSpec> served = [.. Tiles.Value.Select(tile => tile with { Transforms = new Render.Model.Transforms.ListTransformSpec(tile.Transforms.SpecList.Reverse()) })];
        await File.WriteAllTextAsync(file, RenderJson.Serialize(served));
        var (exit, _, error) = await RunAsync("import", "--stack", "stitch", "--complete", file);
        Assert.True(exit == 0, error);
    }

    /// <summary>The stitch stack's same-layer pairs from <c>render tile-pairs</c>, in a file of that name.</summary>
    private async Task<string> TilePairsAsync(string fileName)
    {
        var pairs = Path.Combine(DataDirectory, fileName);
        var (exit, _, error) = await RunAsync("tile-pairs", "--stack", "stitch", "--min-z", "1", "--max-z", "1", "--z-neighbor-distance", "0", "--to-json", pairs);
        Assert.True(exit == 0, error);
        return pairs;
    }

    private async Task<List<CanvasMatches>> ExportAsync(string collection)
    {
        var (exit, output, error) = await RunAsync("match", "export", "--collection", collection, "--output", "-");
        Assert.True(exit == 0, error);
        return RenderJson.Parse<List<CanvasMatches>>(output).GetValueOrThrow();
    }

    private static AffineModel2D ToWorld(string tileId) => (AffineModel2D)Tiles.Value.Single(tile => tile.TileId == tileId).BuildTransformList().Transforms[0];

    /// <summary>How far apart each inlier's p and q land in the world through render's stitched affines.</summary>
    private static List<double> WorldErrors(CanvasMatches pair)
    {
        var (p, q) = (ToWorld(pair.PId!), ToWorld(pair.QId!));
        var m = pair.Matches!;
        var errors = new List<double>();
        for (var i = 0; i < m.W!.Length; i++)
        {
            double px = m.P![0][i], py = m.P[1][i], qx = m.Q![0][i], qy = m.Q[1][i];
            p.ApplyInPlace(ref px, ref py);
            q.ApplyInPlace(ref qx, ref qy);
            errors.Add(Math.Sqrt(((px - qx) * (px - qx)) + ((py - qy) * (py - qy))));
        }

        return errors;
    }

    private static void AssertOnTheSameWorldPoints(CanvasMatches pair)
    {
        var errors = WorldErrors(pair).Order().ToList();
        Assert.True(errors.Count >= 8, $"{pair.PId} {pair.QId}: only {errors.Count} inliers");
        Assert.True(errors[errors.Count / 2] <= 1.5, $"{pair.PId} {pair.QId}: median world error {errors[errors.Count / 2]:F2} px");
        Assert.True(errors[^1] <= 3.0, $"{pair.PId} {pair.QId}: an inlier is {errors[^1]:F2} px off in the world");
    }

    [Fact]
    public async Task PointMatch_CanvasUrlsAsRenderPythonPassesThem_StoresEachOverlappingPairOnTheSameWorldPoints()
    {
        await ImportStitchTilesAsync();

        var (exit, output, error) = await RunAsync(["point-match", "--collection", "stitch_matches", .. Settings, "--fill-with-noise", "true", .. EdgePairUrls()]);

        Assert.True(exit == 0, error);
        Assert.Contains("4 pair(s), 4 stored", output, StringComparison.Ordinal);
        var stored = await ExportAsync("stitch_matches");
        Assert.Equal(["tile_1 tile_2", "tile_1 tile_3", "tile_2 tile_4", "tile_3 tile_4"], stored.Select(pair => $"{pair.PId} {pair.QId}").Order(StringComparer.Ordinal));
        Assert.All(stored, pair => Assert.Equal(("1.0", "1.0"), (pair.PGroupId, pair.QGroupId)));
        Assert.All(stored, AssertOnTheSameWorldPoints);
    }

    [Fact]
    public async Task PointMatch_PairFileInTwoParts_StoresEveryPairOnceAndARerunChangesNothing()
    {
        await ImportStitchTilesAsync();
        var pairs = await TilePairsAsync("pairs.json.gz");

        string[] run = ["point-match", "--collection", "parts", .. Settings, "--pair-json", pairs, "--render-with-filter", "false"];
        var (exit1, output1, error1) = await RunAsync([.. run, "--part", "1/2"]);
        var (exit2, output2, error2) = await RunAsync([.. run, "--part", "2/2"]);

        Assert.True(exit1 == 0, error1);
        Assert.True(exit2 == 0, error2);
        Assert.Contains("part 1/2: 2 of 4 pair(s)", error1, StringComparison.Ordinal);
        Assert.Contains("part 2/2: 2 of 4 pair(s)", error2, StringComparison.Ordinal);
        Assert.Contains("2 pair(s), 2 stored", output1 + output2, StringComparison.Ordinal);
        var stored = await ExportAsync("parts");
        Assert.Equal(4, stored.Count);
        Assert.All(stored, AssertOnTheSameWorldPoints);

        var (again, _, againError) = await RunAsync([.. run, "--part", "1/2"]);

        Assert.True(again == 0, againError);
        var rerun = await ExportAsync("parts");
        Assert.Equal(stored.Select(pair => (pair.PId, pair.QId, pair.Matches!.W!.Length)), rerun.Select(pair => (pair.PId, pair.QId, pair.Matches!.W!.Length)));
    }

    [Fact]
    public async Task PointMatch_ACanvasThatCannotBeRendered_IsReportedSkippedAndFailsTheRun()
    {
        await ImportStitchTilesAsync();
        var template = CanvasUrlTemplate();
        string[] urls = [.. EdgePairUrls().Take(2), Format(template, "tile_1"), Format(template, "no_such_tile")];

        var (exit, output, error) = await RunAsync(["point-match", "--collection", "partly", .. Settings, .. urls]);

        Assert.Equal(1, exit);
        Assert.Contains("render point-match: pair", error, StringComparison.Ordinal);
        Assert.Contains("no_such_tile", error, StringComparison.Ordinal);
        Assert.Contains("render point-match: 1 of 2 pair(s) failed", error, StringComparison.Ordinal);
        Assert.Contains("2 pair(s), 1 stored", output, StringComparison.Ordinal);
        Assert.Equal("tile_1 tile_2", Assert.Single(await ExportAsync("partly")) is var pair ? $"{pair.PId} {pair.QId}" : null);
    }

    [Fact]
    public async Task PointMatch_OddNumberOfUrls_FailsWithRendersMessage()
    {
        var (exit, _, error) = await RunAsync("point-match", "--collection", "odd", Format(CanvasUrlTemplate(), "tile_1"));

        Assert.Equal(1, exit);
        Assert.Equal("render point-match: odd number of canvas URLs specified, URLs must be paired", error.Trim());
    }

    [Fact]
    public async Task PointMatch_PairFileClipped_MatchesOnlyInTheStripsOnTheSameWorldPoints()
    {
        await ImportStitchTilesAsync();
        var pairs = await TilePairsAsync("clip_pairs.json");

        // 500 pixels is narrower than the side-by-side overlap (about 770), so the strip bounds show the clip;
        // 300 covers the stacked tiles' overlap (about 240), where a narrower strip leaves too few features.
        var (exit, output, error) = await RunAsync(
            ["point-match", "--collection", "clipped", .. Settings, "--pair-json", pairs, "--render-with-filter", "false", "--clip-width", "500", "--clip-height", "300"]);

        Assert.True(exit == 0, error);
        Assert.Contains("4 pair(s), 4 stored", output, StringComparison.Ordinal);
        var stored = await ExportAsync("clipped");
        Assert.All(stored, AssertOnTheSameWorldPoints);
        foreach (var pair in stored)
        {
            // tile_1 | tile_3 and tile_2 | tile_4 lie side by side (p LEFT), tile_1 / tile_2 and tile_3 / tile_4 one above the other (p TOP).
            var sideBySide = (pair.PId, pair.QId) is ("tile_1", "tile_3") or ("tile_2", "tile_4");
            var (axis, full, kept) = sideBySide ? (0, 2650, 500) : (1, 2260, 300);
            Assert.All(pair.Matches!.P![axis], value => Assert.InRange(value, full - kept - 0.5, full + 0.5));
            Assert.All(pair.Matches.Q![axis], value => Assert.InRange(value, -0.5, kept + 0.5));
        }
    }

    [Theory]
    [InlineData(4, "LEFT", "render point-match: clipping is only supported for single pair runs")]
    [InlineData(2, null, "render point-match: --first-canvas-position must be specified for clipping")]
    [InlineData(2, "MIDDLE", "render point-match: --first-canvas-position must be one of")]
    public async Task PointMatch_ClippedUrlPairsWithoutRendersConditions_FailWithRendersMessage(int urlCount, string? position, string expected)
    {
        string[] options = position is null ? ["--clip-width", "500"] : ["--clip-width", "500", "--first-canvas-position", position];

        var (exit, _, error) = await RunAsync(["point-match", "--collection", "clip_refused", .. options, .. EdgePairUrls().Take(urlCount)]);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, error.Trim(), StringComparison.Ordinal);
    }

    private static string Format(string template, string tileId) => string.Format(CultureInfo.InvariantCulture, template, tileId);

    /// <summary>The four edge pairs (the diagonal tiles only touch at corners) as canvas URLs.</summary>
    private string[] EdgePairUrls()
    {
        var template = CanvasUrlTemplate();
        return [.. new[] { ("tile_1", "tile_2"), ("tile_1", "tile_3"), ("tile_2", "tile_4"), ("tile_3", "tile_4") }
            .SelectMany(pair => new[] { Format(template, pair.Item1), Format(template, pair.Item2) })];
    }

    /// <summary>
    /// render-python's get_canvas_url_template with renderWithoutMask and excludeAllTransforms (each canvas is the tile's own
    /// pixels), and render-ws's excludeMask, which is what leaves the mask out (renderWithoutMask is no render-parameters option).
    /// </summary>
    private string CanvasUrlTemplate() =>
        BaseDataUrl + "/owner/cliOwner/project/cliProject/stack/stitch/tile/{0}/render-parameters"
        + "?filter=false&normalizeForMatching=false&renderWithoutMask=true&excludeAllTransforms=true&excludeMask=true";
}
