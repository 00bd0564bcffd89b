using Render.Model;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Tests;

/// <summary>Everything the old database holds, read back through the current store, and written to afterwards.</summary>
public abstract partial class MigrationContract<TStore>
{
    [Fact]
    public async Task Initialize_OldDatabase_ReadsEveryStackAndTileBack()
    {
        await _store.InitializeAsync(None);

        var stacks = await _store.Stacks.ListAsync(null, null, None);
        Assert.Equal(
            new[] { CompleteStack, LoadingStack, OfflineStack }.Select(id => RenderJson.Serialize(Meta(id, id == CompleteStack ? StackState.Complete : id == LoadingStack ? StackState.Loading : StackState.Offline))),
            stacks.Select(meta => RenderJson.Serialize(meta)));
        Assert.Equal(7, (await _store.Stacks.GetAsync(CompleteStack, None))!.Revision);
        Assert.Equal(["n", "o"], await _store.Stacks.ListOwnersAsync(None));
        Assert.Equal(
            CompleteTiles.Select(tile => RenderJson.SerializeToUtf8Bytes(tile)),
            await _store.Tiles.FindTileJsonAsync(CompleteStack, TileQuery.All with { Order = TileOrder.Stored }, None).ToListAsync());
        Assert.Equal(
            CompleteTiles.OrderBy(tile => tile.TileId, StringComparer.Ordinal).Select(tile => RenderJson.Serialize(tile)),
            await _store.Tiles.FindTilesAsync(CompleteStack, TileQuery.All, None).Select(tile => RenderJson.Serialize(tile)).ToListAsync());
        Assert.Equal(["c", "a", "b"], await IdsAsync(LoadingStack, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(["b", "c", "a"], await IdsAsync(LoadingStack, TileQuery.All with { Order = TileOrder.ZMinYMinX }));
        Assert.Empty(await IdsAsync(OfflineStack, TileQuery.All));
    }

    [Fact]
    public async Task Initialize_OldDatabase_AnswersEveryQueryOfACompleteStack()
    {
        await _store.InitializeAsync(None);
        var tiles = _store.Tiles;

        // Box queries of the COMPLETE stack go through the box index the old store built.
        Assert.Equal(["z1.a", "z1.b", "z1.c"], await IdsAsync(CompleteStack, TileQuery.Box(1, 95, 95, 0, 0)));
        Assert.Equal(["z1.a", "z1.c"], await IdsAsync(CompleteStack, TileQuery.Box(1, 0, 0, 1000, 1000, "A")));
        Assert.Equal(["z2.a"], await IdsAsync(CompleteStack, TileQuery.Point(2, 50, 100)));
        Assert.Empty(await IdsAsync(CompleteStack, TileQuery.Point(2, 100.1, 50)));
        Assert.Equal(2, await tiles.CountTilesAsync(CompleteStack, TileQuery.Box(2, 0, 0, 1000, 1000), None));
        Assert.Equal(["z2.5"], await IdsAsync(CompleteStack, TileQuery.Point(2.5, -50, 50)));
        Assert.Equal(["z1.b"], await IdsAsync(CompleteStack, new TileQuery { GroupId = "B" }));
        Assert.Equal(["z2.a", "z2.b"], await IdsAsync(CompleteStack, new TileQuery { SectionId = "2.0" }));
        Assert.Equal([1.0, 2.0, 2.5], await tiles.GetZValuesAsync(CompleteStack, null, null, None));
        Assert.Equal(new Bounds(0, 0, 1, 190.5, 190, 1), await tiles.GetLayerBoundsAsync(CompleteStack, 1, None));
        Assert.Equal(2, await tiles.GetSectionZAsync(CompleteStack, "2.0", None));
        Assert.Equal(
            [new SectionData("1.0", 1, 3, 0, 190.5, 0, 190), new SectionData("2.0", 2, 2, 0, 200, 0, 100.75), new SectionData("2.5", 2.5, 1, -50, 50, -50, 50)],
            await tiles.GetSectionDataAsync(CompleteStack, null, null, None));
        Assert.Null(await tiles.GetSectionDataAsync(LoadingStack, null, null, None));
        Assert.Equal(RenderJson.Serialize<TransformSpec>(Lens), RenderJson.Serialize((await tiles.GetTransformsAsync(CompleteStack, ["lens", "none"], None)).Single().Value));
        Assert.Equal(
            new TileBounds(90.5, 0, 190.5, 100, "z1.b", "1.0", 1),
            await tiles.FindTileBoundsAsync(CompleteStack, new TileQuery { TileIds = ["z1.b"] }, None).SingleAsync());
    }

    [Fact]
    public async Task Initialize_OldDatabase_ReadsEveryMatchCollectionAndPairBack()
    {
        await _store.InitializeAsync(None);
        var matches = _store.Matches;

        Assert.Equal(["o/emptied 0", "o/pairs 4"], (await matches.ListCollectionsAsync(null, None)).Select(meta => $"{meta.CollectionId!.Owner}/{meta.CollectionId.Name} {meta.PairCount}"));
        Assert.Equal(["g0", "g1", "g2", "g3"], await matches.GetGroupIdsAsync(Pairs, MatchGroupIdScope.AllGroups, None));
        Assert.Equal(["g1"], await matches.GetGroupIdsAsync(Pairs, MatchGroupIdScope.ConsensusPGroups, None));
        var read = await matches.FindAsync(Pairs, MatchQuery.WithPGroup("g1"), includeMatches: true, None)
            .Concat(matches.FindAsync(Pairs, MatchQuery.WithPGroup("g2"), includeMatches: true, None)).ToListAsync();
        Assert.Equal(StoredPairs.Select(pair => RenderJson.Serialize(pair)), read.Select(pair => RenderJson.Serialize(pair)));
        var legacy = await matches.FindAsync(Pairs, MatchQuery.InvolvingCanvas("g0", "9"), includeMatches: true, None).SingleAsync();
        Assert.Equal(LegacyMatchesJson, RenderJson.Serialize(legacy.Matches));
        Assert.True(await matches.ExistsAsync(Emptied, None));
    }

    [Fact]
    public async Task Initialize_OldDatabase_TakesWritesOfEveryKind()
    {
        await _store.InitializeAsync(None);

        Assert.Equal(StackState.Loading, await _store.Tiles.SaveAsync(LoadingStack, [Tile("a", 6, 500, 500, 510, 510, "6.0", "G"), Tile("d", 5, 0, 0, 10, 10, "5.0", null)], [Lens], None));
        var stored = (await _store.Stacks.GetAsync(LoadingStack, None))!;
        var completed = await _store.Stacks.CompleteAsync(stored, stored.MetaData with { State = StackState.Complete }, None);
        Assert.True(await _store.Matches.UpdateMatchCountsAsync(Pairs, "g0", None));
        await _store.Matches.SaveAsync(Pairs, [new CanvasMatches("g1", "1", "g2", "1", Matches: new Matches([[0]], [[0]], [9])), new CanvasMatches("g5", "1", "g6", "1")], None);
        var complete = (await _store.Stacks.GetAsync(CompleteStack, None))!;
        Assert.True(await _store.Stacks.CloneAsync(complete, null, Meta(new StackId("o", "p", "clone"), StackState.Loading), [1.0], skipTransforms: false, None));

        Assert.Equal((4L, 2L, 1L), (completed!.Stats!.TileCount!.Value, completed.Stats.SectionCount!.Value, completed.Stats.TransformCount!.Value));
        Assert.Equal(["c", "a", "b", "d"], await IdsAsync(LoadingStack, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(["a"], await IdsAsync(LoadingStack, TileQuery.Box(6, 505, 505, 1, 1)));
        Assert.Equal(["c", "d"], await IdsAsync(LoadingStack, TileQuery.Box(5, 5, 5, 1, 1)));
        Assert.Equal(["5.0", "6.0"], (await _store.Tiles.GetSectionDataAsync(LoadingStack, null, null, None))!.Select(section => section.SectionId));
        Assert.Equal(2, (await _store.Matches.FindAsync(Pairs, MatchQuery.InvolvingCanvas("g0", "9"), includeMatches: false, None).SingleAsync()).MatchCount);
        var replaced = await _store.Matches.FindAsync(Pairs, MatchQuery.BetweenCanvases("g1", "1", "g2", "1"), includeMatches: true, None).SingleAsync();
        Assert.Equal([9.0], replaced.Matches!.W!);
        Assert.Equal(5, (await _store.Matches.ListCollectionsAsync("o", None)).Single(meta => meta.CollectionId!.Name == "pairs").PairCount);
        Assert.Equal(["z1.a", "z1.b", "z1.c"], await IdsAsync(new StackId("o", "p", "clone"), TileQuery.All));
    }

    private async Task<List<string>> IdsAsync(StackId stackId, TileQuery query) =>
        await _store.Tiles.FindTileIdsAsync(stackId, query, None).ToListAsync();
}
