using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Storage.Tests;

/// <summary>Stack metadata, versions, states and the whole-stack operations: what every engine does the same.</summary>
public abstract partial class StackStoreContract<TStore> : StoreContract<TStore>
    where TStore : ITemporaryStore, new()
{
    [Fact]
    public async Task Initialize_AgainOnTheSameStore_KeepsTheData()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("kept"), None));

        await Store.InitializeAsync(None);

        Assert.Equal(["o"], await Store.Stacks.ListOwnersAsync(None));
    }

    [Fact]
    public async Task Create_Twice_SecondIsRefused()
    {
        Assert.True(await Store.Stacks.CreateAsync(Meta("a"), None));
        Assert.False(await Store.Stacks.CreateAsync(Meta("a") with { CurrentVersion = new StackVersion(VersionNotes: "other") }, None));

        Assert.Equal("v", (await StoredAsync(Id("a"))).MetaData.CurrentVersion!.VersionNotes);
    }

    [Fact]
    public async Task Get_AfterCreate_IsTheMetadataAsGivenAtRevisionOne()
    {
        var meta = Meta("versioned") with
        {
            CurrentVersionNumber = 3,
            CurrentVersion = new StackVersion(CycleNumber: 2, CycleStepNumber: 1, VersionNotes: "notes", StackResolutionX: 4, StackResolutionZ: 35),
        };
        Assert.True(await Store.Stacks.CreateAsync(meta, None));

        var stored = await Store.Stacks.GetAsync(meta.StackId, None);

        Assert.Equal(new StoredStack(meta, 1), stored);
        Assert.Null(await Store.Stacks.GetAsync(Id("missing"), None));
    }

    [Fact]
    public async Task List_ByOwnerAndProject_FiltersAndKeepsCreationOrder()
    {
        StackMetaData[] stacks =
        [
            Meta("b"), Meta("a"), Meta("c") with { StackId = new StackId("o", "q", "c") }, Meta("d") with { StackId = new StackId("n", "p", "d") },
        ];
        foreach (var stack in stacks)
        {
            Assert.True(await Store.Stacks.CreateAsync(stack, None));
        }

        Assert.Equal(["b", "a", "c", "d"], (await Store.Stacks.ListAsync(null, null, None)).Select(meta => meta.StackId.Stack));
        Assert.Equal(["b", "a", "c"], (await Store.Stacks.ListAsync("o", null, None)).Select(meta => meta.StackId.Stack));
        Assert.Equal(["b", "a"], (await Store.Stacks.ListAsync("o", "p", None)).Select(meta => meta.StackId.Stack));
        Assert.Empty(await Store.Stacks.ListAsync("x", null, None));
        Assert.Equal(["n", "o"], await Store.Stacks.ListOwnersAsync(None));
    }

    [Fact]
    public async Task Replace_WithAStaleRevision_IsRefused()
    {
        var stackId = await LoadingStackWithAsync("stale", Tile("a", 1, 0, 0, 10, 10));
        var first = await StoredAsync(stackId);
        Assert.True(await Store.Stacks.ReplaceAsync(first, first.MetaData with { State = StackState.Complete }, None));

        Assert.False(await Store.Stacks.ReplaceAsync(first, first.MetaData with { State = StackState.Offline }, None));
        Assert.Equal(StackState.Complete, (await StoredAsync(stackId)).State);
    }

    [Fact]
    public async Task Writes_ToTheStackOrItsData_EachCountARevision()
    {
        var stackId = await LoadingStackWithAsync("counted");
        var created = (await StoredAsync(stackId)).Revision;

        await Store.Tiles.SaveAsync(stackId, [Tile("a", 1, 0, 0, 10, 10)], [], None);
        await Store.Tiles.SetZAsync(stackId, TileQuery.All, 2, None);
        await Store.Tiles.DeleteTilesAsync(stackId, new TileQuery { TileIds = ["none"] }, None);
        await SetStateAsync(stackId, StackState.Loading);

        Assert.Equal(created + 4, (await StoredAsync(stackId)).Revision);
        Assert.Equal(["a"], await TileIdsAsync(stackId, TileQuery.All));
    }

    [Fact]
    public async Task ReplaceAndDropData_LeavesMetadataOnly()
    {
        var stackId = await LoadingStackWithAsync("drop", Tile("a", 1, 0, 0, 10, 10, section: "1.0"));
        await Store.Tiles.SaveAsync(stackId, [], [Shared("t1")], None);
        await CompleteAsync(stackId);
        var stored = await StoredAsync(stackId);

        Assert.True(await Store.Stacks.ReplaceAndDropDataAsync(stored, stored.MetaData with { State = StackState.Offline }, None));

        Assert.Empty(await TileIdsAsync(stackId, TileQuery.All));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.Box(1, 0, 0, 10, 10)));
        Assert.Empty(await Store.Tiles.GetTransformsAsync(stackId, ["t1"], None));
        Assert.Null(await Store.Tiles.GetSectionDataAsync(stackId, null, null, None));
        Assert.Equal(StackState.Offline, (await StoredAsync(stackId)).State);
    }

    [Fact]
    public async Task Delete_RemovesMetadataAndData_AndTheNameStartsEmptyAgain()
    {
        var stackId = await LoadingStackWithAsync("gone", Tile("a", 1, 0, 0, 10, 10));
        await Store.Tiles.SaveAsync(stackId, [], [Shared("t1")], None);
        var stored = await StoredAsync(stackId);

        Assert.True(await Store.Stacks.DeleteAsync(stored, None));
        Assert.False(await Store.Stacks.DeleteAsync(stored, None));

        Assert.Null(await Store.Stacks.GetAsync(stackId, None));
        Assert.True(await Store.Stacks.CreateAsync(Meta("gone"), None));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.All));
        Assert.Empty(await Store.Tiles.GetTransformsAsync(stackId, ["t1"], None));
    }

    [Fact]
    public async Task Rename_MovesTheDataAndFreesTheOldName()
    {
        var stackId = await LoadingStackWithAsync("old", Tile("a", 1, 0, 0, 10, 10, section: "1.0"));
        await CompleteAsync(stackId);
        var stored = await StoredAsync(stackId);
        var renamed = stored.MetaData with { StackId = new StackId("o", "q", "new") };

        Assert.Equal(RenameOutcome.Renamed, await Store.Stacks.RenameAsync(stored, renamed, None));

        Assert.Null(await Store.Stacks.GetAsync(stackId, None));
        Assert.Equal(RenderJson.Serialize(renamed), RenderJson.Serialize((await StoredAsync(renamed.StackId)).MetaData));
        Assert.Equal(["a"], await TileIdsAsync(renamed.StackId, TileQuery.Box(1, 0, 0, 5, 5)));
        Assert.Single((await Store.Tiles.GetSectionDataAsync(renamed.StackId, null, null, None))!);
        Assert.True(await Store.Stacks.CreateAsync(Meta("old"), None));
        Assert.Empty(await TileIdsAsync(stackId, TileQuery.All));
    }

    [Fact]
    public async Task Rename_ToATakenName_OrFromAStaleRevision_WritesNothing()
    {
        var stackId = await LoadingStackWithAsync("source", Tile("a", 1, 0, 0, 10, 10));
        Assert.True(await Store.Stacks.CreateAsync(Meta("taken"), None));
        var stale = await StoredAsync(stackId);
        await Store.Tiles.SaveAsync(stackId, [Tile("b", 1, 0, 0, 10, 10)], [], None);
        var stored = await StoredAsync(stackId);

        Assert.Equal(RenameOutcome.TargetExists, await Store.Stacks.RenameAsync(stored, stored.MetaData with { StackId = Id("taken") }, None));
        Assert.Equal(RenameOutcome.Conflict, await Store.Stacks.RenameAsync(stale, stale.MetaData with { StackId = Id("free") }, None));

        Assert.Equal(stored, await Store.Stacks.GetAsync(stackId, None));
        Assert.Null(await Store.Stacks.GetAsync(Id("free"), None));
        Assert.Empty(await TileIdsAsync(Id("taken"), TileQuery.All));
    }

    protected static Render.Model.Transforms.LeafTransformSpec Shared(string id, string data = "1 2") =>
        new("mpicbg.trakem2.transform.TranslationModel2D", data) { Id = id };
}
