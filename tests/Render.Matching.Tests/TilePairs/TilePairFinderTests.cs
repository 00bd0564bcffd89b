using Render.Matching.TilePairs;
using Render.Model.Tiles;

namespace Render.Matching.Tests.TilePairs;

/// <summary>render's TilePairClientTest: two overlapping tiles per layer, pairs split three to a file.</summary>
public sealed class TilePairFinderTests
{
    private const string Template = "{baseDataUrl}/owner/o/project/p/stack/s/tile/{id}/render-parameters";

    private static InMemoryTilePairSource TwoTileLayers(params double[] zs) => new([
        .. zs.SelectMany(z => new[]
        {
            new TileBounds(0, 0, 11, 22, $"a{z:0.0}", $"{z:0.0}", z),
            new TileBounds(9, 0, 30, 22, $"b{z:0.0}", $"{z:0.0}", z),
        })]);

    internal static async Task<List<TilePairFile>> FindAsync(InMemoryTilePairSource source, TilePairOptions options, string toJson = "pairs.json", IReadOnlyList<double>? zs = null)
    {
        var files = new List<TilePairFile>();
        await foreach (var file in new TilePairFinder(source, options).FindAsync(zs ?? source.ZValues, Template, toJson))
        {
            files.Add(file);
        }

        return files;
    }

    [Fact]
    public async Task FindAsync_MontageOfFiveLayers_WritesFivePairsInTwoFiles()
    {
        var files = await FindAsync(TwoTileLayers(1, 2, 3, 4, 5), new TilePairOptions(ZNeighborDistance: 0, ExcludeCornerNeighbors: false, MaxPairsPerFile: 3));

        Assert.Equal(["pairs_p000.json", "pairs_p001.json"], files.Select(file => file.FileName));
        Assert.Equal([3, 2], files.Select(file => file.Pairs.NeighborPairs.Count));
        Assert.All(files, file => Assert.Equal(Template, file.Pairs.RenderParametersUrlTemplate));
    }

    [Fact]
    public async Task FindAsync_CrossLayersWithDistanceTwo_WritesThirtyThreePairsInElevenFiles()
    {
        var files = await FindAsync(TwoTileLayers(1, 2, 3, 4, 5), new TilePairOptions(ZNeighborDistance: 2, ExcludeCornerNeighbors: false, MaxPairsPerFile: 3));

        Assert.Equal(11, files.Count);
        Assert.Equal("pairs_p010.json", files[^1].FileName);
        Assert.Equal(33, files.Sum(file => file.Pairs.NeighborPairs.Count));
    }

    [Fact]
    public async Task FindAsync_MissingLayers_PairsOnlyLayersWithinTheDistance()
    {
        var files = await FindAsync(TwoTileLayers(1, 3, 5, 6, 7), new TilePairOptions(ZNeighborDistance: 2, ExcludeCornerNeighbors: false, MaxPairsPerFile: 25));

        var file = Assert.Single(files);
        Assert.Equal("pairs.json", file.FileName);
        Assert.Equal(25, file.Pairs.NeighborPairs.Count);
    }

    [Fact]
    public async Task FindAsync_NoPairs_WritesNoFile()
    {
        var files = await FindAsync(TwoTileLayers(1), new TilePairOptions(ExcludeSameLayerNeighbors: true));

        Assert.Empty(files);
    }

    [Fact]
    public async Task FindAsync_NoLayers_Throws()
    {
        var finder = new TilePairFinder(TwoTileLayers(1), new TilePairOptions());

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var unused in finder.FindAsync([], Template, "pairs.json"))
            {
            }
        });
    }

    [Theory]
    [InlineData("pairs.json", 0, "pairs_p000.json")]
    [InlineData("pairs.json.gz", 12, "pairs_p012.json.gz")]
    [InlineData("dir/pairs.zip", 1, "dir/pairs_p001.zip")]
    [InlineData("pairs", 3, "pairs_p003")]
    public void Numbered_RendersSuffixRules_KeepsTheExtensionLast(string toJson, int index, string expected)
    {
        Assert.Equal(expected, TilePairFileNames.Numbered(toJson, index));
    }

    [Fact]
    public void ForTiles_Stack_IsRendersTileTemplate()
    {
        Assert.Equal(Template, RenderParametersUrlTemplate.ForTiles("o", "p", "s"));
    }

    [Theory]
    [InlineData("t1", "http://h/render-ws/v1/owner/o/project/p/stack/s/tile/t1/render-parameters")]
    [InlineData("z_1.0_box_12769_7558_13654_18227_0.1", "http://h/render-ws/v1/owner/o/project/p/stack/s/tile/12769,7558,13654,18227,0.1/render-parameters")]
    public void Resolve_CanvasId_ReplacesTokensAsRender(string id, string expected)
    {
        Assert.Equal(expected, RenderParametersUrlTemplate.Resolve(Template, "http://h/render-ws/v1", "g", id));
    }
}
