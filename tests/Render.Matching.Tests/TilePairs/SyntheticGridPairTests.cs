using Render.Matching.TilePairs;
using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Matching.Tests.TilePairs;

/// <summary>
/// A synthetic acquisition: three layers of 3 × 3 tiles of 2048 pixels overlapping by 10%, one
/// section per layer. Expected pairs follow render's rules: the search circle (0.9 × 2048 from a
/// tile's centre) reaches the eight surrounding tiles, corner exclusion keeps the row and column
/// neighbours.
/// </summary>
public sealed class SyntheticGridPairTests
{
    private const double Step = 2048 * 0.9;

    private static string Id(int z, int row, int col) => $"t{z}-r{row}c{col}";

    private static IEnumerable<TileBounds> Layer(int z) =>
        from row in Enumerable.Range(0, 3)
        from col in Enumerable.Range(0, 3)
        select new TileBounds(col * Step, row * Step, (col * Step) + 2048, (row * Step) + 2048, Id(z, row, col), $"s{z}", z);

    private static InMemoryTilePairSource Grid(IEnumerable<(double Z, CanvasMatches Pair)>? existing = null, IReadOnlySet<string>? included = null) =>
        new([.. Layer(1), .. Layer(2), .. Layer(3)], includedTileIds: included, existingPairs: existing);

    private static List<OrderedCanvasIdPair> All(List<TilePairFile> files) => [.. files.SelectMany(file => file.Pairs.NeighborPairs)];

    private static string Text(OrderedCanvasIdPair pair) => $"{pair.P!.Id}{Position(pair.P)} {pair.Q!.Id}{Position(pair.Q)}";

    private static string Position(CanvasId id) => id.RelativePosition is { } position ? "::" + position : "";

    [Fact]
    public async Task FindAsync_Montage_PairsRowAndColumnNeighboursWithPositions()
    {
        var pairs = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 0)));

        Assert.Equal(36, pairs.Count);
        var layerOne = pairs.Where(pair => pair.P!.GroupId == "s1").Select(Text).ToList();
        Assert.Equal(12, layerOne.Count);
        Assert.Contains("t1-r0c0::Left t1-r0c1::Right", layerOne);
        Assert.Contains("t1-r0c0::Top t1-r1c0::Bottom", layerOne);
        Assert.DoesNotContain(layerOne, text => text.StartsWith("t1-r0c0::", StringComparison.Ordinal) && text.Contains("t1-r1c1", StringComparison.Ordinal));
        Assert.All(pairs, pair => Assert.Null(pair.AbsoluteDeltaZ));
    }

    [Fact]
    public async Task FindAsync_MontageWithCorners_AddsTheDiagonals()
    {
        var pairs = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 0, ExcludeCornerNeighbors: false)));

        // 12 row/column pairs and 8 diagonal ones per layer (each diagonal found from both ends, with opposite positions).
        Assert.Equal(3 * 20, pairs.Count);
    }

    [Theory]
    [InlineData(1, (3 * 12) + (2 * 33))]
    [InlineData(2, (3 * 12) + (3 * 33))]
    public async Task FindAsync_CrossLayers_PairsEachTileWithItsNeighbourhoodAbove(int distance, int expected)
    {
        var pairs = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: distance)));

        // Across two layers each tile pairs with the tile at its place and its row/column neighbours: 9 + 2 × 12 = 33.
        Assert.Equal(expected, pairs.Count);
        Assert.Contains(pairs, pair => Text(pair) == "t1-r1c1 t2-r1c1" && pair.AbsoluteDeltaZ == 1);

        // Sorted by render's order; it is only a partial one among the same two tiles (a canvas with a
        // position compares equal to one without, and then q decides), so check the order of the p ids.
        var ids = pairs.Select(pair => $"{pair.P!.GroupId} {pair.P.Id}").ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task FindAsync_ExistingPairs_AreExcludedWhateverTheirOrder()
    {
        var existing = new (double, CanvasMatches)[]
        {
            (1, new CanvasMatches("s1", "t1-r0c1", "s1", "t1-r0c0", MatchCount: 40)),
            (1, new CanvasMatches("s1", "t1-r1c1", "s2", "t2-r1c1", MatchCount: 3)),
        };

        var all = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 1)));
        var without = All(await TilePairFinderTests.FindAsync(Grid(existing), new TilePairOptions(ZNeighborDistance: 1)));
        var withoutMoreThanThree = All(await TilePairFinderTests.FindAsync(Grid(existing), new TilePairOptions(ZNeighborDistance: 1, MinExistingMatchCount: 3)));

        Assert.Equal(all.Count - 2, without.Count);
        Assert.DoesNotContain(without, pair => Text(pair) == "t1-r0c0::Left t1-r0c1::Right");
        Assert.DoesNotContain(without, pair => Text(pair) == "t1-r1c1 t2-r1c1");

        // render excludes only pairs with more than minExistingMatchCount matches.
        Assert.Equal(all.Count - 1, withoutMoreThanThree.Count);
        Assert.Contains(withoutMoreThanThree, pair => Text(pair) == "t1-r1c1 t2-r1c1");
    }

    [Fact]
    public async Task FindAsync_MinExistingMatchCountWithoutCounts_Throws()
    {
        var existing = new (double, CanvasMatches)[] { (1, new CanvasMatches("s1", "t1-r0c1", "s1", "t1-r0c0")) };

        await Assert.ThrowsAsync<ArgumentException>(() => TilePairFinderTests.FindAsync(Grid(existing), new TilePairOptions(MinExistingMatchCount: 2)));
    }

    [Fact]
    public async Task FindAsync_MaxPairsPerFile_SplitsSortedPairsAcrossNumberedFiles()
    {
        var single = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 1)));
        var files = await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 1, MaxPairsPerFile: 10), "out/pairs.json.gz");

        Assert.All(files.SkipLast(1), file => Assert.Equal(10, file.Pairs.NeighborPairs.Count));
        Assert.Equal(Enumerable.Range(0, files.Count).Select(i => $"out/pairs_p{i:000}.json.gz"), files.Select(file => file.FileName));
        Assert.Equal(single.Select(Text).Order(StringComparer.Ordinal), All(files).Select(Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindAsync_Exclusions_LeaveOutLayersSectionsAndTiles()
    {
        var crossOnly = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 1, ExcludeSameLayerNeighbors: true)));
        var sameSection = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 1, ExcludeSameSectionNeighbors: true)));
        var near = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 0, OnlyIncludeTilesNearTileIds: new HashSet<string> { "t1-r0c0" })));
        var included = All(await TilePairFinderTests.FindAsync(Grid(included: new HashSet<string> { "t1-r0c0", "t1-r0c1", "t2-r0c0" }), new TilePairOptions(ZNeighborDistance: 1)));
        var boxed = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 0, Bounds: new LayerBox(0, 0, 3000, 1000))));
        var noLeft = All(await TilePairFinderTests.FindAsync(Grid(), new TilePairOptions(ZNeighborDistance: 0, ExcludeSameLayerPairsWithPosition: MontageRelativePosition.Left)));

        Assert.Equal(2 * 33, crossOnly.Count);
        Assert.Equal(crossOnly.Select(Text), sameSection.Select(Text));
        // render's positions sort TOP, BOTTOM, LEFT, RIGHT.
        Assert.Equal(["t1-r0c0::Top t1-r1c0::Bottom", "t1-r0c0::Left t1-r0c1::Right"], near.Select(Text));
        Assert.Equal(["t1-r0c0 t2-r0c0", "t1-r0c0::Left t1-r0c1::Right", "t1-r0c1 t2-r0c0"], included.Select(Text));
        Assert.Equal(3, boxed.Count);
        Assert.Equal(3 * 6, noLeft.Count);
    }

    [Fact]
    public async Task FindAsync_RowColumnPositions_PairByLayoutWhateverTheBoxes()
    {
        // Every box is the same (as if the tiles were not placed yet); the layout says where they are.
        var specs = from row in Enumerable.Range(0, 2)
                    from col in Enumerable.Range(0, 2)
                    select new TileSpec(TileId: $"r{row}c{col}", Z: 1, Layout: new LayoutData(SectionId: "1.0", ImageRow: row, ImageCol: col));
        var source = new InMemoryTilePairSource([new TileBounds(0, 0, 10, 10, "r0c0", "1.0", 1)], specs);

        var pairs = All(await TilePairFinderTests.FindAsync(source, new TilePairOptions(ZNeighborDistance: 0, UseRowColPositions: true)));

        Assert.Equal(
            ["r0c0::Top r1c0::Bottom", "r0c0::Left r0c1::Right", "r0c1::Top r1c1::Bottom", "r1c0::Left r1c1::Right"],
            pairs.Select(Text));
    }

    [Fact]
    public async Task FindAsync_RowColumnPositionsWithoutLayout_Throws()
    {
        var source = new InMemoryTilePairSource([new TileBounds(0, 0, 10, 10, "a", "1.0", 1)], [new TileSpec(TileId: "a", Z: 1)]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => TilePairFinderTests.FindAsync(source, new TilePairOptions(ZNeighborDistance: 0, UseRowColPositions: true)));
        Assert.Contains("'a' is missing layout data", error.Message, StringComparison.Ordinal);
    }
}
