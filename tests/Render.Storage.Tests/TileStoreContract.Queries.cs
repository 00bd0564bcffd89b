using Render.Model.Tiles;

namespace Render.Storage.Tests;

/// <summary>Selecting tiles: box queries, filters, orders and what each read returns.</summary>
public abstract partial class TileStoreContract<TStore>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BoxQuery_UsesEdgesInclusively_AndFiltersByLayerAndGroup(bool complete)
    {
        var stackId = await LoadingStackWithAsync(
            "box",
            Tile("a", 1, 0, 0, 100, 100, group: "A"),
            Tile("b", 1, 100.0000001, 0, 200, 100, group: "B"),
            Tile("c", 1, 300, 300, 400, 400, group: "A"),
            Tile("d", 2, 0, 0, 100, 100, group: "A"));
        if (complete)
        {
            // COMPLETE builds the box index where the engine builds it then; LOADING stacks answer from the layer index.
            await CompleteAsync(stackId);
        }

        // A box index that widens 100.0000001 to the whole number 100 must still leave b out.
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1, 50, 50, 50, 10)));
        Assert.Equal(["a", "b"], await TileIdsAsync(stackId, TileQuery.Box(1, 50, 50, 50.0000001, 10)));
        Assert.Equal(["a", "c"], await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 1000, 1000, "A")));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Point(1, 100, 100)));
        Assert.Equal(2, await Store.Tiles.CountTilesAsync(stackId, TileQuery.Box(1, 0, 0, 150, 50), None));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.Box(3, 0, 0, 1000, 1000)));
        Assert.Empty(await TileIdsAsync(Id("missing"), TileQuery.Box(1, 0, 0, 1000, 1000)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BoxQuery_NegativeAndFractionalBoxes_FindTheSameTiles(bool complete)
    {
        var stackId = await LoadingStackWithAsync(
            "negative", Tile("a", 1.5, -20.5, -20.5, -10.25, -10.25), Tile("b", 1.5, -10.2, -10.2, 5, 5), Tile("c", 1.5, -0.5, -0.5, 0.5, 0.5));
        if (complete)
        {
            await CompleteAsync(stackId);
        }

        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1.5, -15, -15, 4.76, 4.76)));
        Assert.Equal(["b", "c"], await TileIdsAsync(stackId, TileQuery.Point(1.5, 0, 0)));
        Assert.Equal(["a", "b", "c"], await TileIdsAsync(stackId, TileQuery.Box(1.5, -10.25, -10.25, 0, 0) with { ReachesMaxX = 0, ReachesMaxY = 0 }));
    }

    [Fact]
    public async Task Filters_EachCondition_SelectsAndCountsTheSameTiles()
    {
        var stackId = await LoadingStackWithAsync(
            "filters",
            Tile("a", 1, 0, 0, 10, 10, section: "1.0", group: "g1"),
            Tile("b", 2, 0, 0, 10, 10, section: "2.0", group: "g1"),
            Tile("c", 2, 0, 0, 10, 10, section: "2.1"),
            Tile("d", 3, 0, 0, 10, 10, section: "3.0", group: "g2"));
        (TileQuery Query, string Expected)[] cases =
        [
            (new TileQuery { Z = 2 }, "b c"),
            (new TileQuery { MinZ = 2 }, "b c d"),
            (new TileQuery { MaxZ = 2 }, "a b c"),
            (new TileQuery { MinZ = 2, MaxZ = 2 }, "b c"),
            (new TileQuery { GroupId = "g1" }, "a b"),
            (new TileQuery { SectionId = "2.1" }, "c"),
            (new TileQuery { TileIds = ["d", "a", "x"] }, "a d"),
            (new TileQuery { TileIds = [] }, string.Empty),
            (new TileQuery { GroupId = "g1", MinZ = 2 }, "b"),
            (new TileQuery { SectionId = "none" }, string.Empty),
        ];

        foreach (var (query, expected) in cases)
        {
            Assert.Equal(expected, string.Join(' ', await TileIdsAsync(stackId, query)));
            Assert.Equal(expected.Length == 0 ? 0 : expected.Split(' ').Length, await Store.Tiles.CountTilesAsync(stackId, query, None));
        }
    }

    [Theory]
    [InlineData(@"\ba\b", "a.1")]
    [InlineData(@"b\.", "ab.2")]
    [InlineData(@"^x", "x_a")]
    [InlineData(@"(?<letter>[a-z])\.\d", "a.1 ab.2")]
    public async Task TileIdPattern_JavaStyleRegexFoundAnywhere_SelectsAndCounts(string pattern, string expected)
    {
        var stackId = await LoadingStackWithAsync("pattern", Tile("a.1", 1, 0, 0, 10, 10), Tile("ab.2", 1, 0, 0, 10, 10), Tile("x_a", 1, 0, 0, 10, 10));
        var query = new TileQuery { TileIdPattern = pattern };

        Assert.Equal(expected, string.Join(' ', await TileIdsAsync(stackId, query)));
        Assert.Equal(expected.Split(' ').Length, await Store.Tiles.CountTilesAsync(stackId, query, None));
        Assert.Equal(expected, string.Join(' ', await Store.Tiles.FindTileBoundsAsync(stackId, query, None).Select(bounds => bounds.TileId).ToListAsync()));
        Assert.Equal(expected, string.Join(' ', await Store.Tiles.FindTilesAsync(stackId, query, None).Select(tile => tile.TileId).ToListAsync()));
    }

    [Fact]
    public async Task Orders_EachOrder_PutsTilesWithoutZFirst()
    {
        var stackId = await LoadingStackWithAsync(
            "order", Tile("late", 2, 0, 0, 10, 10), Tile("low", 1, 0, 5, 10, 10), Tile("high", 1, 0, 0, 10, 10), Tile("none", 1, 0, 0, 10, 10) with { Z = null },
            Tile("left", 1, -5, 0, 10, 10));

        Assert.Equal(["none", "left", "high", "low", "late"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.ZMinYMinX }));
        Assert.Equal(["none", "high", "left", "low", "late"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.ZTileId }));
        Assert.Equal(["late", "low", "high", "none", "left"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(["high", "late", "left", "low", "none"], await TileIdsAsync(stackId, TileQuery.All));
    }

    [Fact]
    public async Task TileIdOrder_IsCodePointOrder()
    {
        string[] ids = ["b", "B", "a10", "a9", "é", "\uFFFD", "\U0001F600", "_"];
        var stackId = await LoadingStackWithAsync("codepoints", [.. ids.Select(id => Tile(id, 1, 0, 0, 1, 1))]);

        Assert.Equal(["B", "_", "a10", "a9", "b", "é", "\uFFFD", "\U0001F600"], await TileIdsAsync(stackId, TileQuery.All));
    }

    [Fact]
    public async Task FindTileBounds_GivesTheBoxSectionAndZOfEachTile()
    {
        var stackId = await LoadingStackWithAsync("bounds", Tile("a", 1, 0.5, 1.5, 10.5, 11.5, section: "1.0"), Tile("b", 2, 0, 0, 1, 1));

        var bounds = await Store.Tiles.FindTileBoundsAsync(stackId, TileQuery.All, None).ToListAsync();

        Assert.Equal([new TileBounds(0.5, 1.5, 10.5, 11.5, "a", "1.0", 1), new TileBounds(0, 0, 1, 1, "b", null, 2)], bounds);
    }

    [Fact]
    public async Task Reads_OfAMissingStack_AreEmpty()
    {
        var missing = Id("missing");

        Assert.Empty(await Store.Tiles.FindTilesAsync(missing, TileQuery.All, None).ToListAsync());
        Assert.Empty(await Store.Tiles.FindTileBoundsAsync(missing, TileQuery.Layer(1), None).ToListAsync());
        Assert.Equal(0, await Store.Tiles.CountTilesAsync(missing, TileQuery.All, None));
        Assert.Null(await Store.Tiles.GetTileAsync(missing, "a", None));
        Assert.Empty(await Store.Tiles.GetZValuesAsync(missing, null, null, None));
        Assert.Null(await Store.Tiles.GetLayerBoundsAsync(missing, 1, None));
        Assert.Null(await Store.Tiles.GetSectionZAsync(missing, "1.0", None));
        Assert.Null(await Store.Tiles.GetSectionDataAsync(missing, null, null, None));
    }

    [Fact]
    public async Task Reads_OfOneStack_SeeNoTilesOfAnother()
    {
        var first = await LoadingStackWithAsync("first", Tile("a", 1, 0, 0, 10, 10, section: "1.0"));
        var second = await LoadingStackWithAsync("second", Tile("a", 1, 50, 50, 60, 60, section: "1.0"), Tile("b", 2, 0, 0, 10, 10));
        await CompleteAsync(first);
        await CompleteAsync(second);

        Assert.Equal(["a"], await TileIdsAsync(first, TileQuery.All));
        Assert.Empty(await TileIdsAsync(first, TileQuery.Box(1, 50, 50, 1, 1)));
        Assert.Equal([1.0], await Store.Tiles.GetZValuesAsync(first, null, null, None));
        Assert.Equal(1, (await Store.Tiles.GetSectionDataAsync(first, null, null, None))!.Single().TileCount);
    }
}
