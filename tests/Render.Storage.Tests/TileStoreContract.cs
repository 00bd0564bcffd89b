using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Tests;

/// <summary>Saving tiles and shared transforms: what every engine does the same.</summary>
public abstract partial class TileStoreContract<TStore> : StoreContract<TStore>
    where TStore : ITemporaryStore, new()
{
    [Fact]
    public async Task Writes_ToAMissingStack_AreNullAndWriteNothing()
    {
        var missing = Id("missing");

        Assert.Null(await Store.Tiles.SaveAsync(missing, [Tile("a", 1, 0, 0, 10, 10)], [], None));
        Assert.Null(await Store.Tiles.DeleteTilesAsync(missing, TileQuery.All, None));
        Assert.Null(await Store.Tiles.SetZAsync(missing, TileQuery.All, 2, None));

        Assert.Empty(await TileIdsAsync(missing, TileQuery.All));
        Assert.Null(await Store.Stacks.GetAsync(missing, None));
    }

    [Theory]
    [InlineData(StackState.Complete)]
    [InlineData(StackState.ReadOnly)]
    [InlineData(StackState.Offline)]
    public async Task Writes_ToAStackNotLoading_ReturnItsStateAndWriteNothing(StackState state)
    {
        var stackId = await LoadingStackWithAsync("done", Tile("a", 1, 0, 0, 10, 10));
        await SetStateAsync(stackId, state);
        var before = await StoredAsync(stackId);

        Assert.Equal(state, await Store.Tiles.SaveAsync(stackId, [Tile("b", 1, 0, 0, 10, 10)], [Shared("t1")], None));
        Assert.Equal(state, await Store.Tiles.DeleteTilesAsync(stackId, TileQuery.All, None));
        Assert.Equal(state, await Store.Tiles.SetZAsync(stackId, TileQuery.All, 5, None));

        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.All));
        Assert.Equal(1, (await Store.Tiles.GetTileAsync(stackId, "a", None))!.Z);
        Assert.Empty(await Store.Tiles.GetTransformsAsync(stackId, ["t1"], None));
        Assert.Equal(before, await StoredAsync(stackId));
    }

    [Fact]
    public async Task Save_AnIdTwice_KeepsItsFirstPlaceAndLastValue()
    {
        var stackId = await LoadingStackWithAsync("twice", Tile("a", 1, 0, 0, 10, 10), Tile("b", 1, 0, 0, 10, 10), Tile("a", 2, 0, 0, 10, 10));

        await Store.Tiles.SaveAsync(stackId, [Tile("c", 1, 0, 0, 10, 10), Tile("b", 3, 0, 0, 10, 10), Tile("c", 4, 0, 0, 10, 10)], [], None);

        Assert.Equal(["a", "b", "c"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal([2.0, 3.0, 4.0], await Store.Tiles.FindTilesAsync(stackId, TileQuery.All, None).Select(tile => tile.Z!.Value).ToListAsync());
        Assert.Equal(3, await Store.Tiles.CountTilesAsync(stackId, TileQuery.All, None));
    }

    [Fact]
    public async Task Save_NewIdsAmongStoredOnes_AddsThemAfterTheStoredOnes()
    {
        var stackId = await LoadingStackWithAsync("among", Tile("a", 1, 0, 0, 10, 10), Tile("c", 1, 0, 0, 10, 10));

        await Store.Tiles.SaveAsync(stackId, [Tile("d", 2, 0, 0, 10, 10), Tile("b", 2, 0, 0, 10, 10), Tile("a", 5, 0, 0, 10, 10)], [], None);

        Assert.Equal(["a", "c", "d", "b"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(5, (await Store.Tiles.GetTileAsync(stackId, "a", None))!.Z);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Save_ABatchWithATileWithoutId_WritesNothingOfIt(bool replacing)
    {
        var stackId = await LoadingStackWithAsync("failed", Tile("a", 1, 0, 0, 10, 10));
        var before = (await StoredAsync(stackId)).Revision;
        TileSpec[] batch = [Tile(replacing ? "a" : "b", 2, 0, 0, 10, 10), Tile("c", 2, 0, 0, 10, 10), Tile("x", 2, 0, 0, 10, 10) with { TileId = null }];

        await Assert.ThrowsAnyAsync<Exception>(() => Store.Tiles.SaveAsync(stackId, batch, [Shared("t1")], None));

        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.All));
        Assert.Equal(1, (await Store.Tiles.GetTileAsync(stackId, "a", None))!.Z);
        Assert.Empty(await Store.Tiles.GetTransformsAsync(stackId, ["t1"], None));
        Assert.Equal(before, (await StoredAsync(stackId)).Revision);
    }

    [Fact]
    public async Task Save_SharedTransforms_ReplaceByIdAndTheLastOfABatchWins()
    {
        var stackId = await LoadingStackWithAsync("shared");
        await Store.Tiles.SaveAsync(stackId, [], [Shared("t1", "1 1"), Shared("t2", "2 2")], None);

        await Store.Tiles.SaveAsync(stackId, [], [Shared("t2", "3 3"), Shared("t3", "4 4"), Shared("t2", "5 5")], None);

        var transforms = await Store.Tiles.GetTransformsAsync(stackId, ["t1", "t2", "t3", "missing"], None);
        Assert.Equal(["t1", "t2", "t3"], transforms.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["1 1", "5 5", "4 4"], new[] { "t1", "t2", "t3" }.Select(id => ((LeafTransformSpec)transforms[id]).DataString));
        Assert.Empty(await Store.Tiles.GetTransformsAsync(stackId, [], None));
        Assert.Empty(await Store.Tiles.GetTransformsAsync(Id("missing"), ["t1"], None));
    }

    [Fact]
    public async Task Save_ManySharedTransforms_AllLand()
    {
        var stackId = await LoadingStackWithAsync("lenses");
        var transforms = Enumerable.Range(0, 450).Select(i => Shared($"lens.{i}", $"{i} 0")).ToList();

        await Store.Tiles.SaveAsync(stackId, [Tile("a", 1, 0, 0, 10, 10)], transforms, None);

        var stored = await Store.Tiles.GetTransformsAsync(stackId, [.. transforms.Select(transform => transform.Id!)], None);
        Assert.Equal(450, stored.Count);
        Assert.Equal("449 0", ((LeafTransformSpec)stored["lens.449"]).DataString);
    }

    [Fact]
    public async Task Saves_ManyAtOnce_AllLandAndEachCounts()
    {
        var stackId = await LoadingStackWithAsync("parallel");
        var before = (await StoredAsync(stackId)).Revision;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(batch => Store.Tiles.SaveAsync(
            stackId, [.. Enumerable.Range(0, 40).Select(i => Tile($"{batch}.{i}", batch, i, 0, i + 10, 10))], [], None)));

        Assert.Equal(480, await Store.Tiles.CountTilesAsync(stackId, TileQuery.All, None));
        Assert.Equal(before + 12, (await StoredAsync(stackId)).Revision);
    }

    [Fact]
    public async Task Save_ABatchOfThousands_KeepsTheOrderAndEveryValue()
    {
        var tiles = Enumerable.Range(0, 3000).Select(i => Tile($"t{2999 - i:D4}", i / 300, i % 300 * 10, 0, (i % 300 * 10) + 12, 12, section: $"{i / 300}.0")).ToArray();
        var stackId = await LoadingStackWithAsync("big", tiles);

        await Store.Tiles.SaveAsync(stackId, [.. tiles.Take(10).Select(tile => tile with { GroupId = "re" })], [], None);

        Assert.Equal(tiles.Select(tile => tile.TileId), await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(300, await Store.Tiles.CountTilesAsync(stackId, TileQuery.Layer(4), None));
        Assert.Equal(10, await Store.Tiles.CountTilesAsync(stackId, new TileQuery { GroupId = "re" }, None));
    }

    [Fact]
    public async Task FindTileJson_IsTheCanonicalJsonOfEachSpec_AndFindTilesParsesItBack()
    {
        var lens = new ListTransformSpec([new ReferenceTransformSpec("lens"), new LeafTransformSpec("mpicbg.trakem2.transform.AffineModel2D", "1 0 0 1 5 6")]);
        var tile = Tile("full", 3, 5, 6, 2053, 2054, section: "3.0", group: "g") with
        {
            Width = 2048,
            Height = 2048,
            MinIntensity = 10,
            MaxIntensity = 4000,
            Transforms = lens,
            Channels = [new ChannelSpec(Name: "DAPI", MaxIntensity: 4095)],
        };
        var stackId = await LoadingStackWithAsync("json", tile, Tile("plain", 3, 0, 0, 1, 1));

        var json = await Store.Tiles.FindTileJsonAsync(stackId, new TileQuery { TileIds = ["full"] }, None).SingleAsync();
        var parsed = await Store.Tiles.GetTileAsync(stackId, "full", None);

        Assert.Equal(RenderJson.SerializeToUtf8Bytes(tile), json);
        Assert.Equal(RenderJson.Serialize(tile), RenderJson.Serialize(parsed));
        Assert.Null(await Store.Tiles.GetTileAsync(stackId, "unknown", None));
    }

    [Fact]
    public async Task SetZ_RewritesTheStoredSpecAndItsColumns()
    {
        var stackId = await LoadingStackWithAsync("z", Tile("a", 1, 0, 0, 10, 10, section: "s1"), Tile("b", 1, 0, 0, 10, 10));

        Assert.Equal(StackState.Loading, await Store.Tiles.SetZAsync(stackId, new TileQuery { SectionId = "s1" }, 7.5, None));

        Assert.Equal(7.5, (await Store.Tiles.GetTileAsync(stackId, "a", None))!.Z);
        Assert.Equal([1.0, 7.5], await Store.Tiles.GetZValuesAsync(stackId, null, null, None));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(7.5, 0, 0, 1, 1)));
        Assert.Equal(["a", "b"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
    }

    [Fact]
    public async Task SetZ_ByPattern_ChangesOnlyTheMatchingTiles()
    {
        var stackId = await LoadingStackWithAsync("zp", Tile("a.1", 1, 0, 0, 10, 10), Tile("b.1", 1, 0, 0, 10, 10));

        await Store.Tiles.SetZAsync(stackId, new TileQuery { TileIdPattern = "^b" }, 4, None);

        Assert.Equal(["b.1"], await TileIdsAsync(stackId, TileQuery.Layer(4)));
        Assert.Equal(["a.1"], await TileIdsAsync(stackId, TileQuery.Layer(1)));
    }

    [Theory]
    [InlineData("layer", "c d")]
    [InlineData("section", "a b d")]
    [InlineData("ids", "a c d")]
    [InlineData("pattern", "a c")]
    public async Task DeleteTiles_TheSelectedOnes_LeavesTheOthers(string selection, string left)
    {
        var stackId = await LoadingStackWithAsync(
            "del", Tile("a", 1, 0, 0, 10, 10, section: "1.0"), Tile("b", 1, 0, 0, 10, 10, section: "1.0"), Tile("c", 2, 0, 0, 10, 10, section: "2.0"),
            Tile("d", 2, 0, 0, 10, 10, section: "1.0"));
        var query = selection switch
        {
            "layer" => TileQuery.Layer(1),
            "section" => new TileQuery { SectionId = "2.0" },
            "ids" => new TileQuery { TileIds = ["b", "x"] },
            _ => new TileQuery { TileIdPattern = "[bd]" },
        };

        Assert.Equal(StackState.Loading, await Store.Tiles.DeleteTilesAsync(stackId, query, None));

        Assert.Equal(left, string.Join(' ', await TileIdsAsync(stackId, TileQuery.All)));
    }

    protected static LeafTransformSpec Shared(string id, string data = "1 2") =>
        new("mpicbg.trakem2.transform.TranslationModel2D", data) { Id = id };
}
