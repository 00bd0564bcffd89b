using System.IO.Compression;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Cli.Tests;

/// <summary>
/// <c>render tile-pairs</c> against a served example_1 (two layers of 2 × 2 tiles): the pairs
/// render's TilePairClient writes for it, its <c>_p000</c> file splitting, gzip, exclusion of pairs
/// already in a match collection, and bad options.
/// </summary>
public sealed class TilePairsCommandTests : InProcessServiceTests
{
    /// <summary>The four edges of each layer (tile ids read column row: 052104 is column 52, row 104).</summary>
    private static readonly string[] MontagePairs =
    [
        "052104Top 052105Bottom", "052104Left 053104Right", "052105Left 053105Right", "053104Top 053105Bottom",
        "055030Top 055031Bottom", "055030Left 056030Right", "055031Left 056031Right", "056030Top 056031Bottom",
    ];

    private static string Text(OrderedCanvasIdPair pair) =>
        $"{pair.P!.Id![12..18]}{pair.P.RelativePosition} {pair.Q!.Id![12..18]}{pair.Q.RelativePosition}";

    private static RenderableCanvasIdPairs Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var text = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var buffer = new MemoryStream();
        text.CopyTo(buffer);
        return RenderJson.Parse<RenderableCanvasIdPairs>(buffer.ToArray()).GetValueOrThrow();
    }

    [Fact]
    public async Task TilePairs_Montage_WritesTheEdgePairsWithTheStacksTemplate()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "pairs.json");

        var (exit, output, error) = await RunAsync("tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--z-neighbor-distance", "0", "--to-json", target);

        Assert.True(exit == 0, error);
        Assert.Contains("8 pair(s) in 1 file(s)", output, StringComparison.Ordinal);
        var pairs = Read(target);
        Assert.Equal("{baseDataUrl}/owner/cliOwner/project/cliProject/stack/acquire/tile/{id}/render-parameters", pairs.RenderParametersUrlTemplate);
        Assert.Equal(MontagePairs, pairs.NeighborPairs.Select(Text));
        Assert.All(pairs.NeighborPairs, pair => Assert.Equal(pair.P!.GroupId, pair.Q!.GroupId));
    }

    [Fact]
    public async Task TilePairs_CrossLayerWithBaseStack_AddsPairsOneLayerApartAndNamesTheBaseStack()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "cross.json");

        // render-python's argv: Python booleans as values, --useRowColPositions absent.
        var (exit, _, error) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--base-stack", "raw", "--min-z", "3407", "--max-z", "3408", "--exclude-corner-neighbors", "True",
            "--exclude-same-layer-neighbors", "False", "--to-json", target);

        Assert.True(exit == 0, error);
        var pairs = Read(target);
        Assert.EndsWith("/stack/raw/tile/{id}/render-parameters", pairs.RenderParametersUrlTemplate, StringComparison.Ordinal);
        Assert.Equal(8, pairs.NeighborPairs.Count(pair => pair.AbsoluteDeltaZ is null));
        var cross = pairs.NeighborPairs.Where(pair => pair.AbsoluteDeltaZ is not null).ToList();
        Assert.NotEmpty(cross);
        Assert.All(cross, pair => Assert.Equal(1.0, pair.AbsoluteDeltaZ!.Value, 6));

        var (sameExit, _, sameError) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--exclude-same-layer-neighbors", "true", "--to-json", target);

        Assert.True(sameExit == 0, sameError);
        Assert.Equal(cross.Select(Text), Read(target).NeighborPairs.Select(Text));
    }

    [Fact]
    public async Task TilePairs_MaxPairsPerFileGzipped_SplitsIntoNumberedFilesAsRenderDoes()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "pairs.json.gz");

        var (exit, _, error) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--z-neighbor-distance", "0", "--max-pairs-per-file", "3", "--to-json", target);

        Assert.True(exit == 0, error);
        Assert.False(File.Exists(target));
        Assert.Equal(
            ["pairs_p000.json.gz", "pairs_p001.json.gz", "pairs_p002.json.gz"],
            Directory.GetFiles(DataDirectory, "pairs*").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // render writes a full file whenever more than the maximum have gathered: 4 after the first layer, 3 + 1 kept, then 3 + 2.
        var split = Enumerable.Range(0, 3).Select(i => Read(Path.Combine(DataDirectory, $"pairs_p{i:000}.json.gz")).NeighborPairs.Select(Text).ToList()).ToList();
        Assert.Equal([3, 3, 2], split.Select(file => file.Count));
        Assert.Equal(MontagePairs, split.SelectMany(file => file));
    }

    [Fact]
    public async Task TilePairs_ExcludePairsInMatchCollection_LeavesOutStoredPairsWithEnoughMatches()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "pairs.json");
        var stored = Path.Combine(DataDirectory, "stored.json");

        // Two stored pairs of layer 3407, written q before p to show the order does not matter: one with 3 matches, one with 1.
        await File.WriteAllTextAsync(stored, """
            [{"pGroupId":"3407.0","pId":"150304141121052105.3407.0","qGroupId":"3407.0","qId":"150304141121052104.3407.0",
              "matches":{"p":[[1,2,3],[1,2,3]],"q":[[1,2,3],[1,2,3]],"w":[1,1,1]}},
             {"pGroupId":"3407.0","pId":"150304141121052104.3407.0","qGroupId":"3407.0","qId":"150304141121053104.3407.0",
              "matches":{"p":[[1],[1]],"q":[[1],[1]],"w":[1]}}]
            """);
        var (importExit, _, importError) = await RunAsync("match", "import", "--collection", "done", stored);
        Assert.True(importExit == 0, importError);

        var (exit, _, error) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--z-neighbor-distance", "0",
            "--exclude-pairs-in-match-collection", "done", "--to-json", target);

        Assert.True(exit == 0, error);
        Assert.Equal(MontagePairs.Except(["052104Top 052105Bottom", "052104Left 053104Right"]), Read(target).NeighborPairs.Select(Text));

        (exit, _, error) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--z-neighbor-distance", "0",
            "--exclude-pairs-in-match-collection", "done", "--existing-match-owner", "cliOwner", "--min-existing-match-count", "2", "--to-json", target);

        Assert.True(exit == 0, error);
        Assert.Equal(MontagePairs.Except(["052104Top 052105Bottom"]), Read(target).NeighborPairs.Select(Text));
    }

    [Fact]
    public async Task TilePairs_PartOfABox_FailsWithRendersMessageAndWritesNothing()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "pairs.json");

        var (exit, _, error) = await RunAsync("tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--min-x", "0", "--to-json", target);

        Assert.Equal(1, exit);
        Assert.StartsWith("render tile-pairs: since one or more of minX", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(DataDirectory, "pairs*"));
    }

    [Fact]
    public async Task TilePairs_NoTilesInRange_WritesNoFile()
    {
        await ImportExample1Async("acquire");
        var target = Path.Combine(DataDirectory, "pairs.json");

        var (exit, output, error) = await RunAsync(
            "tile-pairs", "--stack", "acquire", "--min-z", "3407", "--max-z", "3408", "--min-x", "-9000", "--max-x", "-8000", "--min-y", "0", "--max-y", "10", "--to-json", target);

        Assert.True(exit == 0, error);
        Assert.Contains("0 pair(s) in 0 file(s)", output, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
