using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Tests;

/// <summary>Stacks and their tiles: what every store does the same (see <see cref="StoreContract"/>).</summary>
public abstract class StackAndTileStoreContract : StoreContract
{
    [Fact]
    public async Task Initialize_AgainOnTheSameStore_KeepsTheData()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("kept"), CancellationToken.None));

        await Store.InitializeAsync(CancellationToken.None);

        Assert.Equal(["o"], await Store.Stacks.ListOwnersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Create_Twice_SecondIsRefused()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("a"), CancellationToken.None));
        Assert.False(await Store.Stacks.CreateAsync(Meta("a"), CancellationToken.None));

        var stored = await Store.Stacks.GetAsync(new StackId("o", "p", "a"), CancellationToken.None);
        Assert.Equal("v", stored!.MetaData.CurrentVersion!.VersionNotes);
    }

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
            // COMPLETE builds the R*Tree box index; LOADING stacks answer from the z index.
            var stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
            Assert.NotNull(await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));
        }

        // The box index widens 100.0000001 to the whole number 100: the exact filter must still exclude b.
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1, 50, 50, 50, 10)));
        Assert.Equal(["a", "b"], await TileIdsAsync(stackId, TileQuery.Box(1, 50, 50, 50.0000001, 10)));
        Assert.Equal(["a", "c"], await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 1000, 1000, "A")));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Point(1, 100, 100)));
        Assert.Equal(2, await Store.Tiles.CountTilesAsync(stackId, TileQuery.Box(1, 0, 0, 150, 50), CancellationToken.None));
    }

    [Fact]
    public async Task Save_OnACompleteStack_WritesNothing()
    {
        var stackId = await LoadingStackWithAsync("done", Tile("a", 1, 0, 0, 10, 10));
        var stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.NotNull(await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));

        var state = await Store.Tiles.SaveAsync(stackId, [Tile("b", 1, 0, 0, 10, 10)], [], CancellationToken.None);

        Assert.Equal(StackState.Complete, state);
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.All));
    }

    [Fact]
    public async Task Replace_WithAStaleRevision_IsRefused()
    {
        var stackId = await LoadingStackWithAsync("stale", Tile("a", 1, 0, 0, 10, 10));
        var first = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.True(await Store.Stacks.ReplaceAsync(first!, first!.MetaData with { State = StackState.Complete }, CancellationToken.None));

        Assert.False(await Store.Stacks.ReplaceAsync(first, first.MetaData with { State = StackState.Offline }, CancellationToken.None));
        Assert.Equal(StackState.Complete, (await Store.Stacks.GetAsync(stackId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Complete_DerivesStatsAndSections()
    {
        var stackId = await LoadingStackWithAsync(
            "stats",
            Tile("a", 1, 0, 0, 100.7, 50, section: "1.0"),
            Tile("b", 1, 10, -5, 60, 45, section: "1.0"),
            Tile("c", 1.5, 20, 20, 220, 80, section: "1.5"));
        var stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);

        var completed = await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None);

        var stats = completed!.Stats!;
        Assert.Equal((3L, 2L, 1L, 0L), (stats.TileCount!.Value, stats.SectionCount!.Value, stats.NonIntegralSectionCount!.Value, stats.TransformCount!.Value));
        Assert.Equal(new Render.Model.Bounds(0, -5, 1, 220, 80, 1.5), stats.StackBounds);
        Assert.Equal((50, 200, 50, 60), (stats.MinTileWidth!.Value, stats.MaxTileWidth!.Value, stats.MinTileHeight!.Value, stats.MaxTileHeight!.Value));
        var sections = await Store.Tiles.GetSectionDataAsync(stackId, null, null, CancellationToken.None);
        Assert.Equal(["1.0", "1.5"], sections!.Select(section => section.SectionId));
        Assert.Equal(2, sections![0].TileCount);
    }

    [Fact]
    public async Task Complete_WithoutTiles_FailsAndChangesNothing()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("empty"), CancellationToken.None));
        var stored = await Store.Stacks.GetAsync(new StackId("o", "p", "empty"), CancellationToken.None);

        await Assert.ThrowsAsync<StackDataException>(() =>
            Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));

        Assert.Equal(stored, await Store.Stacks.GetAsync(stored!.Id, CancellationToken.None));
        Assert.Null(await Store.Tiles.GetSectionDataAsync(stored.Id, null, null, CancellationToken.None));
    }

    [Fact]
    public async Task CloneWithZFilter_ThenRename_KeepsTheData()
    {
        var transform = new LeafTransformSpec("mpicbg.trakem2.transform.TranslationModel2D", "1 2") { Id = "t1" };
        var from = await LoadingStackWithAsync("from", Tile("a", 1, 0, 0, 10, 10), Tile("b", 2, 0, 0, 10, 10));
        Assert.Equal(StackState.Loading, await Store.Tiles.SaveAsync(from, [], [transform], CancellationToken.None));
        var source = await Store.Stacks.GetAsync(from, CancellationToken.None);

        Assert.True(await Store.Stacks.CloneAsync(source!, null, Meta("to"), [2.0], skipTransforms: false, CancellationToken.None));
        var to = new StackId("o", "p", "to");
        Assert.Equal(["b"], await TileIdsAsync(to, TileQuery.All));
        Assert.Single(await Store.Tiles.GetTransformsAsync(to, ["t1"], CancellationToken.None));

        var target = await Store.Stacks.GetAsync(to, CancellationToken.None);
        var renamed = target!.MetaData with { StackId = new StackId("o", "q", "moved") };
        Assert.Equal(RenameOutcome.Renamed, await Store.Stacks.RenameAsync(target, renamed, CancellationToken.None));
        Assert.Null(await Store.Stacks.GetAsync(to, CancellationToken.None));
        Assert.Equal(["b"], await TileIdsAsync(renamed.StackId, TileQuery.All));
        Assert.Equal(RenameOutcome.TargetExists, await Store.Stacks.RenameAsync(
            (await Store.Stacks.GetAsync(from, CancellationToken.None))!, renamed, CancellationToken.None));
    }

    [Fact]
    public async Task SetZ_RewritesTheStoredSpec()
    {
        var stackId = await LoadingStackWithAsync("z", Tile("a", 1, 0, 0, 10, 10, section: "s1"), Tile("b", 1, 0, 0, 10, 10));

        await Store.Tiles.SetZAsync(stackId, new TileQuery { SectionId = "s1" }, 7.5, CancellationToken.None);

        Assert.Equal(7.5, (await Store.Tiles.GetTileAsync(stackId, "a", CancellationToken.None))!.Z);
        Assert.Equal([1.0, 7.5], await Store.Tiles.GetZValuesAsync(stackId, null, null, CancellationToken.None));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(7.5, 0, 0, 1, 1)));
    }

    [Fact]
    public async Task DropData_LeavesMetadataOnly()
    {
        var stackId = await LoadingStackWithAsync("drop", Tile("a", 1, 0, 0, 10, 10));
        StoredStack? stored;

        stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.NotNull(await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));
        stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.True(await Store.Stacks.ReplaceAndDropDataAsync(stored!, stored!.MetaData with { State = StackState.Offline }, CancellationToken.None));

        Assert.Empty(await TileIdsAsync(stackId, TileQuery.All));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 10, 10)));
        Assert.Equal(StackState.Offline, (await Store.Stacks.GetAsync(stackId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task BackToLoading_DropsTheBoxIndex_AndQueriesFollowTheTiles()
    {
        var stackId = await LoadingStackWithAsync("again", Tile("a", 1, 0, 0, 10, 10));
        var stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.NotNull(await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));
        stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.True(await Store.Stacks.ReplaceAsync(stored!, stored!.MetaData with { State = StackState.Loading }, CancellationToken.None));

        await Store.Tiles.SaveAsync(stackId, [Tile("a", 1, 500, 500, 510, 510)], [], CancellationToken.None);
        stored = await Store.Stacks.GetAsync(stackId, CancellationToken.None);
        Assert.NotNull(await Store.Stacks.CompleteAsync(stored!, stored!.MetaData with { State = StackState.Complete }, CancellationToken.None));

        Assert.Empty(await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 10, 10)));
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.Box(1, 505, 505, 1, 1)));
    }

    [Fact]
    public async Task Save_AnIdTwice_KeepsItsFirstPlaceAndLastValue()
    {
        var stackId = await LoadingStackWithAsync("twice", Tile("a", 1, 0, 0, 10, 10), Tile("b", 1, 0, 0, 10, 10), Tile("a", 2, 0, 0, 10, 10));

        await Store.Tiles.SaveAsync(stackId, [Tile("c", 1, 0, 0, 10, 10), Tile("b", 3, 0, 0, 10, 10)], [], CancellationToken.None);

        Assert.Equal(["a", "b", "c"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(2, (await Store.Tiles.GetTileAsync(stackId, "a", CancellationToken.None))!.Z);
        Assert.Equal(3, (await Store.Tiles.GetTileAsync(stackId, "b", CancellationToken.None))!.Z);
    }

    [Fact]
    public async Task Save_NewIdsAmongStoredOnes_AddsThemAfterTheStoredOnes()
    {
        var stackId = await LoadingStackWithAsync("among", Tile("a", 1, 0, 0, 10, 10), Tile("c", 1, 0, 0, 10, 10));

        await Store.Tiles.SaveAsync(stackId, [Tile("d", 2, 0, 0, 10, 10), Tile("b", 2, 0, 0, 10, 10)], [], CancellationToken.None);

        Assert.Equal(["a", "c", "d", "b"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.Stored }));
        Assert.Equal(2, (await Store.Tiles.GetTileAsync(stackId, "b", CancellationToken.None))!.Z);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Save_ABatchWithATileWithoutId_WritesNothingOfIt(bool replacing)
    {
        var stackId = await LoadingStackWithAsync("failed", Tile("a", 1, 0, 0, 10, 10));
        var before = (await Store.Stacks.GetAsync(stackId, CancellationToken.None))!.Revision;
        TileSpec[] batch = [Tile(replacing ? "a" : "b", 2, 0, 0, 10, 10), Tile("c", 2, 0, 0, 10, 10), Tile("x", 2, 0, 0, 10, 10) with { TileId = null }];

        await Assert.ThrowsAnyAsync<Exception>(() => Store.Tiles.SaveAsync(stackId, batch, [], CancellationToken.None));

        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.All));
        Assert.Equal(1, (await Store.Tiles.GetTileAsync(stackId, "a", CancellationToken.None))!.Z);
        Assert.Equal(before, (await Store.Stacks.GetAsync(stackId, CancellationToken.None))!.Revision);
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
        Assert.Equal(expected.Split(' ').Length, await Store.Tiles.CountTilesAsync(stackId, query, CancellationToken.None));
    }

    [Fact]
    public async Task Order_ZMinYMinX_PutsTilesWithoutZFirst()
    {
        var stackId = await LoadingStackWithAsync(
            "order", Tile("late", 2, 0, 0, 10, 10), Tile("low", 1, 0, 5, 10, 10), Tile("high", 1, 0, 0, 10, 10), Tile("none", 1, 0, 0, 10, 10) with { Z = null });

        Assert.Equal(["none", "high", "low", "late"], await TileIdsAsync(stackId, TileQuery.All with { Order = TileOrder.ZMinYMinX }));
        Assert.Equal([1.0, 2.0], await Store.Tiles.GetZValuesAsync(stackId, null, null, CancellationToken.None));
    }
}
