namespace Render.Storage.Tests;

/// <summary>Copying a stack's tiles and transforms into another.</summary>
public abstract partial class StackStoreContract<TStore>
{
    [Fact]
    public async Task Clone_WithZFilter_CopiesThoseLayersInStoredOrderAndAllTransforms()
    {
        var from = await LoadingStackWithAsync(
            "from", Tile("c", 2, 0, 0, 10, 10), Tile("a", 1, 0, 0, 10, 10), Tile("b", 2, 0, 0, 10, 10), Tile("d", 3, 0, 0, 10, 10));
        await Store.Tiles.SaveAsync(from, [], [Shared("t1"), Shared("t2")], None);
        var source = await StoredAsync(from);

        Assert.True(await Store.Stacks.CloneAsync(source, null, Meta("to"), [2.0, 3.0, double.NaN], skipTransforms: false, None));

        Assert.Equal(["c", "b", "d"], await TileIdsAsync(Id("to"), TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(["t1", "t2"], (await Store.Tiles.GetTransformsAsync(Id("to"), ["t1", "t2"], None)).Keys.Order());
        Assert.Equal(Meta("to"), (await StoredAsync(Id("to"))).MetaData);
        Assert.Equal(source, await Store.Stacks.GetAsync(from, None));
    }

    [Fact]
    public async Task Clone_SkipTransforms_CopiesEveryTileOnly()
    {
        var from = await LoadingStackWithAsync("tiles", Tile("a", 1, 0, 0, 10, 10), Tile("b", 2, 0, 0, 10, 10));
        await Store.Tiles.SaveAsync(from, [], [Shared("t1")], None);

        Assert.True(await Store.Stacks.CloneAsync(await StoredAsync(from), null, Meta("copy"), null, skipTransforms: true, None));

        Assert.Equal(["a", "b"], await TileIdsAsync(Id("copy"), TileQuery.All));
        Assert.Empty(await Store.Tiles.GetTransformsAsync(Id("copy"), ["t1"], None));
    }

    [Fact]
    public async Task Clone_IntoAnExistingTarget_ReplacesTilesOfTheSameIdAndKeepsTheOthers()
    {
        var from = await LoadingStackWithAsync("src", Tile("a", 7, 0, 0, 10, 10), Tile("b", 7, 0, 0, 10, 10));
        var into = await LoadingStackWithAsync("dst", Tile("b", 1, 0, 0, 10, 10), Tile("x", 1, 0, 0, 10, 10));
        await Store.Tiles.SaveAsync(into, [], [Shared("t1", "5 5")], None);
        await Store.Tiles.SaveAsync(from, [], [Shared("t1", "1 1")], None);
        var target = await StoredAsync(into);

        Assert.True(await Store.Stacks.CloneAsync(await StoredAsync(from), target, target.MetaData with { CurrentVersionNumber = 9 }, null, skipTransforms: false, None));

        Assert.Equal(["b", "x", "a"], await TileIdsAsync(into, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(7, (await Store.Tiles.GetTileAsync(into, "b", None))!.Z);
        Assert.Equal("1 1", ((Render.Model.Transforms.LeafTransformSpec)(await Store.Tiles.GetTransformsAsync(into, ["t1"], None))["t1"]).DataString);
        Assert.Equal(9, (await StoredAsync(into)).MetaData.CurrentVersionNumber);
    }

    [Fact]
    public async Task Clone_FromAStaleSource_OrOverATargetCreatedMeanwhile_WritesNothing()
    {
        var from = await LoadingStackWithAsync("s", Tile("a", 1, 0, 0, 10, 10));
        var stale = await StoredAsync(from);
        await Store.Tiles.SaveAsync(from, [Tile("b", 1, 0, 0, 10, 10)], [], None);
        Assert.True(await Store.Stacks.CreateAsync(Meta("meanwhile"), None));

        Assert.False(await Store.Stacks.CloneAsync(stale, null, Meta("t"), null, skipTransforms: false, None));
        Assert.False(await Store.Stacks.CloneAsync(await StoredAsync(from), null, Meta("meanwhile"), null, skipTransforms: false, None));

        Assert.Null(await Store.Stacks.GetAsync(Id("t"), None));
        Assert.Empty(await TileIdsAsync(Id("meanwhile"), TileQuery.All));
    }
}
