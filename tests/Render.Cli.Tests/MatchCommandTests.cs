using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Cli.Tests;

/// <summary><c>render match</c> with render-ws's own match fixture (11 pairs over 8 groups, some with consensus-set data).</summary>
public sealed class MatchCommandTests : InProcessServiceTests
{
    private static readonly string MatchFile = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "render-ws", "mongodb", "match.json");

    [Fact]
    public async Task ImportThenExport_WholeCollection_GivesBackTheSamePairs()
    {
        var (exit, output, error) = await RunAsync("match", "import", "--collection", "roundTrip", "--batch-size", "4", MatchFile);
        Assert.True(exit == 0, error);
        Assert.Contains("imported 11 pairs from 1 file(s) into roundTrip", output, StringComparison.Ordinal);
        Assert.Contains("roundTrip\tpairs 11", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);

        var exported = Path.Combine(DataDirectory, "exported.json");
        var (exportExit, exportOutput, exportError) = await RunAsync("match", "export", "--collection", "roundTrip", "--output", exported);

        Assert.True(exportExit == 0, exportError);
        Assert.Contains("exported 11 pairs of roundTrip", exportOutput, StringComparison.Ordinal);
        Assert.Equal(PairsAsJson(MatchFile), PairsAsJson(exported));
    }

    [Theory]
    [InlineData("--within", 2)]
    [InlineData("--outside", 2)]
    [InlineData("--group", 4)]
    public async Task Export_OneGroupToStandardOutput_WritesItsPairs(string selection, int expected)
    {
        Assert.Equal(0, (await RunAsync("match", "import", "--collection", "groups", MatchFile)).Exit);

        var (exit, output, error) = await RunAsync("match", "export", "--collection", "groups", selection, "section1", "--output", "-");

        Assert.True(exit == 0, error);
        var pairs = RenderJson.Parse<List<CanvasMatches>>(output).Value;
        Assert.Equal(expected, pairs.Count);
        Assert.All(pairs, pair => Assert.True(pair.PGroupId == "section1" || pair.QGroupId == "section1"));
        Assert.Contains($"exported {expected} pairs of groups to -", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_BetweenGroupsThenWholeCollection_RemovesThosePairsThenAll()
    {
        Assert.Equal(0, (await RunAsync("match", "import", "--collection", "doomed", MatchFile)).Exit);

        Assert.Equal(0, (await RunAsync("match", "delete", "--collection", "doomed", "--p-group", "section10", "--q-group", "section11")).Exit);
        Assert.Contains("doomed\tpairs 9", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);

        // Either way round, as render-ws normalises the group pair.
        Assert.Equal(0, (await RunAsync("match", "delete", "--collection", "doomed", "--p-group", "section14", "--q-group", "section13")).Exit);
        Assert.Contains("doomed\tpairs 6", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);

        var (exit, output, error) = await RunAsync("match", "delete", "--collection", "doomed");
        Assert.True(exit == 0, error);
        Assert.Contains("deleted match collection doomed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("doomed", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OneGroupOnly_FailsBeforeAnyRequest()
    {
        Assert.Equal(0, (await RunAsync("match", "import", "--collection", "halfDelete", MatchFile)).Exit);

        var (exit, _, error) = await RunAsync("match", "delete", "--collection", "halfDelete", "--p-group", "section1");

        Assert.Equal(1, exit);
        Assert.Contains("--p-group and --q-group go together", error, StringComparison.Ordinal);
        Assert.Contains("halfDelete\tpairs 11", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"pGroupId":"a","pId":"1","qGroupId":"b","matches":{"p":[[1],[2]],"q":[[3],[4]],"w":[1]}}]""", "pair 0 is missing its pGroupId, pId, qGroupId and/or qId")]
    [InlineData("""[{"pGroupId":"a","pId":"1","qGroupId":"b","qId": }]""", "bad.json:")]
    public async Task Import_WithOneMalformedFile_ImportsNothing(string badJson, string expectedError)
    {
        var bad = Path.Combine(DataDirectory, "bad.json");
        await File.WriteAllTextAsync(bad, badJson);

        var (exit, _, error) = await RunAsync("match", "import", "--collection", "spoiled", MatchFile, bad);

        Assert.Equal(1, exit);
        Assert.StartsWith("render match import: bad.json:", error, StringComparison.Ordinal);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
        Assert.DoesNotContain("spoiled", (await RunAsync("match", "collections")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MissingCollection_FailsAndWritesNoFile()
    {
        var target = Path.Combine(DataDirectory, "none.json");

        var (exit, _, error) = await RunAsync("match", "export", "--collection", "absent", "--output", target);

        Assert.Equal(1, exit);
        Assert.StartsWith("render match export:", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(DataDirectory, "none.json*"));
    }

    /// <summary>Each pair of a file as compact JSON without the matchCount render-ws adds on save, in canvas order.</summary>
    private static List<string> PairsAsJson(string file) =>
        [.. RenderJson.Parse<List<CanvasMatches>>(File.ReadAllBytes(file)).Value
            .Select(pair => RenderJson.Serialize(pair with { MatchCount = null }))
            .Order(StringComparer.Ordinal)];
}
