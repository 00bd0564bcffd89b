using System.Text.Json;
using Render.Alignment;
using Render.Alignment.Tests;
using Render.Client;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Cli.Tests.Solve;

/// <summary>
/// <c>render solve</c> over HTTP against a served store holding a made-up acquisition with known
/// affines (4 x 3 tiles in 3 layers, montage and cross-layer pairs, 0.3 px noise), plus a tile
/// without matches and a pair naming a tile that is not in the stack.
/// </summary>
public sealed class SolveCommandTests : InProcessServiceTests
{
    private const string Source = "acquire";
    private const string Collection = "synthMatches";

    [Fact]
    public async Task Solve_AffineAcquisition_SavesACompleteTargetStackEqualToTheTruth()
    {
        var acquisition = await ServeAcquisitionAsync(ModelType.Affine);
        var report = Path.Combine(DataDirectory, "report.json");

        // An affine truth is compared up to one affine and ends with a small lambda (as the library's tests explain).
        var (exit, output, error) = await RunAsync(
            "solve", "--stack", Source, "--match-collection", Collection, "--model-type", "AFFINE", "--regularizer-model-type", "RIGID",
            "--optimizer-lambdas", "1.0", "0.1", "0.001", "0.0001", "--target-stack", "solved", "--complete-target-stack", "--report", report);

        Assert.True(exit == 0, error);
        using var client = new RenderClient(Connection);
        var target = new StackId("cliOwner", "cliProject", "solved");
        Assert.Equal(StackState.Complete, (await client.Stacks.GetMetaDataAsync(target)).State);
        var solved = (await client.Tiles.GetResolvedAsync(target)).TileIdToSpecMap.Values.ToList();
        Assert.Equal(36, solved.Count);
        Assert.DoesNotContain(solved, tile => tile.TileId == "lonely");
        Assert.All(solved, tile => Assert.Single(tile.Transforms.SpecList));
        var (rms, max) = TruthComparison.CornerErrors(solved, acquisition.Truth, affine: true);
        Assert.True(rms < 0.5 && max < 1.5, $"corner error RMS {rms} px, max {max} px after one affine");

        Assert.StartsWith("solved 36 of 37 tiles of cliProject/acquire (z 0 to 2) with AFFINE tiles, regulariser RIGID, lambdas 1, 0.1, 0.001, 0.0001", output, StringComparison.Ordinal);
        Assert.Contains("left out: 1 tile(s) without matches; ignored: 1 pair(s) naming tiles not in the stack's z range", output, StringComparison.Ordinal);
        Assert.Contains("worst pairs (mean, RMS, max distance in px; matches):", output, StringComparison.Ordinal);
        Assert.Contains("saved 36 tiles to cliOwner/cliProject/solved (COMPLETE)", output, StringComparison.Ordinal);
        Assert.Contains("render solve:", error, StringComparison.Ordinal);
        Assert.Contains("read: 37 tiles in 3 layers", error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(report));
        var quality = json.RootElement.GetProperty("quality");
        Assert.Equal(51 + 24, quality.GetProperty("pairs").GetArrayLength());
        Assert.InRange(quality.GetProperty("rms").GetDouble(), 0.1, 0.5);
        Assert.Equal(10, quality.GetProperty("worstPairs").GetArrayLength());
        Assert.Equal("lonely", json.RootElement.GetProperty("removedTileIds")[0].GetString());
    }

    [Fact]
    public async Task Solve_FixedTileMergedZAndRange_SavesTheRangeAtThatZAroundTheFixedTile()
    {
        var acquisition = await ServeAcquisitionAsync(ModelType.Rigid);

        var (exit, output, error) = await RunAsync(
            "solve", "--stack", Source, "--match-collection", Collection, "--model-type", "AFFINE", "--regularizer-model-type", "AFFINE",
            "--min-z", "1", "--max-z", "2", "--merged-z", "7", "--target-stack", "merged", "--fixed-tile-ids", "t1.0.0");

        Assert.True(exit == 0, error);
        using var client = new RenderClient(Connection);
        var target = new StackId("cliOwner", "cliProject", "merged");
        Assert.Equal(StackState.Loading, (await client.Stacks.GetMetaDataAsync(target)).State);
        var solved = (await client.Tiles.GetResolvedAsync(target)).TileIdToSpecMap.Values.ToList();
        Assert.Equal(24, solved.Count);
        Assert.All(solved, tile => Assert.Equal(7.0, tile.Z));
        var (rms, max) = TruthComparison.CornerErrors(solved, acquisition.Truth, affine: true);
        Assert.True(rms < 0.5 && max < 1.5, $"corner error RMS {rms} px, max {max} px after one affine");

        // The fixed tile keeps its start (render keeps the regulariser's fit of it, here an affine: the start itself).
        var start = TruthComparison.LastAffine(acquisition.Tiles.Single(tile => tile.TileId == "t1.0.0")).ToArray();
        var kept = TruthComparison.LastAffine(solved.Single(tile => tile.TileId == "t1.0.0")).ToArray();
        Assert.Equal(start, kept, (x, y) => Math.Abs(x - y) < 1e-6);
        Assert.Contains("saved 24 tiles to cliOwner/cliProject/merged", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(COMPLETE)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solve_WithoutTargetStack_ReportsAndWritesNothing()
    {
        await ServeAcquisitionAsync(ModelType.Rigid);

        var (exit, output, error) = await RunAsync("solve", "--stack", Source, "--match-collection", Collection, "--model-type", "RIGID", "--report", "-");

        Assert.True(exit == 0, error);
        // The JSON alone on standard output, the summary on standard error.
        Assert.Contains("no --target-stack: nothing saved", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("lonely", json.RootElement.GetProperty("removedTileIds")[0].GetString());
        using var client = new RenderClient(Connection);
        Assert.Equal([Source], (await client.Stacks.GetIdsAsync("cliOwner")).Select(id => id.Stack));
    }

    [Theory]
    [InlineData("missing stack", "--stack", "absent", "render solve: stack cliOwner/cliProject/absent does not exist")]
    [InlineData("missing collection", "--match-collection", "absentMatches", "match collection absentMatches of owner cliOwner does not exist")]
    [InlineData("no matches", "--match-collection", "otherMatches", "no usable point matches: 0 pairs given")]
    [InlineData("bad model", "--model-type", "BENT", "--model-type takes TRANSLATION, RIGID, SIMILARITY or AFFINE, not 'BENT'")]
    [InlineData("bad regulariser", "--regularizer-model-type", "bent", "--regularizer-model-type takes TRANSLATION, RIGID, SIMILARITY or AFFINE, not 'bent'")]
    [InlineData("bad threads", "--threads", "two", "--threads takes a whole number of at least 1, not 'two'")]
    [InlineData("no samples", "--samples-per-dimension", "0", "--samples-per-dimension takes a whole number of at least 1, not '0'")]
    [InlineData("bad lambda", "--optimizer-lambdas", "1.0,x", "--optimizer-lambdas takes numbers, not 'x'")]
    [InlineData("bad merged z", "--merged-z", "NaN", "--merged-z takes numbers, not 'NaN'")]
    public async Task Solve_BadInput_FailsWithAMessageAndWritesNoTarget(string because, string option, string value, string expected)
    {
        await ServeAcquisitionAsync(ModelType.Rigid);
        using var client = new RenderClient(Connection);
        await client.Matches.SaveAsync(
            MatchCollectionId.Create("cliOwner", "otherMatches").GetValueOrThrow(),
            [new CanvasMatches("elsewhere", "e1", "elsewhere", "e2", Matches: new Matches([[1, 2, 3], [1, 5, 2]], [[1, 2, 3], [1, 5, 2]], [1, 1, 1]))]);
        Dictionary<string, string> arguments = new(StringComparer.Ordinal)
        {
            ["--stack"] = Source,
            ["--match-collection"] = Collection,
            ["--target-stack"] = "spoiled",
            [option] = value,
        };

        var (exit, output, error) = await RunAsync(["solve", .. arguments.SelectMany(entry => new[] { entry.Key, entry.Value })]);

        Assert.True(exit != 0, $"{because}: {output}");
        Assert.True(error.Split('\n').Last(line => line.Length > 0).StartsWith("render solve: ", StringComparison.Ordinal), error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("spoiled", (await client.Stacks.GetIdsAsync("cliOwner")).Select(id => id.Stack));
    }

    /// <summary>
    /// Serves the acquisition as stack <see cref="Source"/> (COMPLETE) and collection
    /// <see cref="Collection"/>, with a tile "lonely" that no pair names and a pair with a tile
    /// "ghost" that is not in the stack.
    /// </summary>
    private async Task<SyntheticAcquisition> ServeAcquisitionAsync(ModelType truth)
    {
        var acquisition = SyntheticAcquisition.Create(truth, columns: 4, rows: 3, layers: 3, noise: 0.3);
        var lonely = acquisition.Tiles[0] with { TileId = "lonely" };
        var ghost = new CanvasMatches("0.0", "t0.0.0", "0.0", "ghost", Matches: new Matches([[1, 2, 3], [1, 5, 2]], [[1, 2, 3], [1, 5, 2]], [1, 1, 1]));
        using var client = new RenderClient(Connection);
        await client.Tiles.ImportAsync(
            new StackId("cliOwner", "cliProject", Source), [.. acquisition.Tiles, lonely], null, new TileImportOptions { CompleteStack = true });
        await client.Matches.SaveAsync(MatchCollectionId.Create("cliOwner", Collection).GetValueOrThrow(), [.. acquisition.Matches, ghost]);
        return acquisition;
    }
}
