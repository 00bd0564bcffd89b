using Render.Model;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Tests;

/// <summary>Setting a stack COMPLETE: stats, section data and the box index, the same steps on every engine.</summary>
public abstract partial class StackStoreContract<TStore>
{
    [Fact]
    public async Task Complete_DerivesStatsAndSections()
    {
        var stackId = await LoadingStackWithAsync(
            "stats",
            Tile("a", 1, 0, 0, 100.7, 50, section: "1.0"),
            Tile("b", 1, 10, -5, 60, 45, section: "1.0"),
            Tile("c", 1.5, 20, 20, 220, 80, section: "1.5"));

        var completed = await CompleteAsync(stackId);

        var stats = completed.Stats!;
        Assert.Equal((3L, 2L, 1L, 0L), (stats.TileCount!.Value, stats.SectionCount!.Value, stats.NonIntegralSectionCount!.Value, stats.TransformCount!.Value));
        Assert.Equal(new Bounds(0, -5, 1, 220, 80, 1.5), stats.StackBounds);
        Assert.Equal((50, 200, 50, 60), (stats.MinTileWidth!.Value, stats.MaxTileWidth!.Value, stats.MinTileHeight!.Value, stats.MaxTileHeight!.Value));
        Assert.Equal(RenderJson.Serialize(completed), RenderJson.Serialize((await StoredAsync(stackId)).MetaData));
        var sections = await Store.Tiles.GetSectionDataAsync(stackId, null, null, None);
        Assert.Equal(["1.0", "1.5"], sections!.Select(section => section.SectionId));
        Assert.Equal(new SectionData("1.0", 1, 2, 0, 100.7, -5, 50), sections![0]);
    }

    [Fact]
    public async Task Complete_CountsSharedTransformsAndListsChannelNamesSorted()
    {
        var stackId = await LoadingStackWithAsync(
            "channels",
            Tile("a", 1, 0, 0, 10, 10) with { Channels = [new ChannelSpec(Name: "GFP"), new ChannelSpec(Name: "DAPI")] },
            Tile("b", 1, 0, 0, 10, 10) with { Channels = [new ChannelSpec(Name: "DAPI"), new ChannelSpec()] },
            Tile("c", 2, 0, 0, 10, 10));
        await Store.Tiles.SaveAsync(stackId, [], [Shared("t1"), Shared("t2")], None);

        var stats = (await CompleteAsync(stackId)).Stats!;

        Assert.Equal(["DAPI", "GFP"], stats.ChannelNames);
        Assert.Equal(2, stats.TransformCount);
    }

    [Fact]
    public async Task Complete_WithoutTiles_FailsAndChangesNothing()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("empty"), None));
        var stored = await StoredAsync(Id("empty"));

        await Assert.ThrowsAsync<StackDataException>(() => Store.Stacks.CompleteAsync(stored, stored.MetaData with { State = StackState.Complete }, None));

        Assert.Equal(stored, await Store.Stacks.GetAsync(stored.Id, None));
        Assert.Null(await Store.Tiles.GetSectionDataAsync(stored.Id, null, null, None));
    }

    [Fact]
    public async Task Complete_WithAStaleRevision_IsNullAndDerivesNothing()
    {
        var stackId = await LoadingStackWithAsync("moved", Tile("a", 1, 0, 0, 10, 10, section: "1.0"));
        var stale = await StoredAsync(stackId);
        await Store.Tiles.SaveAsync(stackId, [Tile("b", 1, 0, 0, 10, 10)], [], None);

        Assert.Null(await Store.Stacks.CompleteAsync(stale, stale.MetaData with { State = StackState.Complete }, None));

        Assert.Equal(StackState.Loading, (await StoredAsync(stackId)).State);
        Assert.Null(await Store.Tiles.GetSectionDataAsync(stackId, null, null, None));
    }

    [Fact]
    public async Task Complete_AgainAfterMoreTiles_DerivesFromTheTilesAsTheyAreNow()
    {
        var stackId = await LoadingStackWithAsync("again", Tile("a", 1, 0, 0, 10, 10, section: "1.0"));
        await CompleteAsync(stackId);
        await SetStateAsync(stackId, StackState.Loading);
        await Store.Tiles.SaveAsync(stackId, [Tile("a", 1, 500, 500, 510, 510, section: "1.0"), Tile("b", 2, 0, 0, 10, 10, section: "2.0")], [], None);

        var stats = (await CompleteAsync(stackId)).Stats!;

        Assert.Equal((2L, 2L), (stats.TileCount!.Value, stats.SectionCount!.Value));
        Assert.Equal(["1.0", "2.0"], (await Store.Tiles.GetSectionDataAsync(stackId, null, null, None))!.Select(section => section.SectionId));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 10, 10)));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1, 505, 505, 1, 1)));
    }

    [Fact]
    public async Task BackToLoading_BoxQueriesFollowTheTilesUntilCompleteAgain()
    {
        var stackId = await LoadingStackWithAsync("follow", Tile("a", 1, 0, 0, 10, 10));
        await CompleteAsync(stackId);
        await SetStateAsync(stackId, StackState.Loading);

        await Store.Tiles.SaveAsync(stackId, [Tile("a", 1, 500, 500, 510, 510), Tile("b", 1, 0, 0, 10, 10)], [], None);

        Assert.Equal(["b"], await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 10, 10)));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1, 505, 505, 1, 1)));
    }
}
