using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Tests;

/// <summary>
/// A fresh, initialised store for each test, and the data the store contracts build. The contracts
/// (<see cref="StackStoreContract{TStore}"/>, <see cref="TileStoreContract{TStore}"/>,
/// <see cref="MatchStoreContract{TStore}"/>) hold the behaviours every engine has, written once;
/// each engine's test project inherits them with its <see cref="ITemporaryStore"/>.
/// </summary>
/// <typeparam name="TStore">The engine's temporary store.</typeparam>
public abstract class StoreContract<TStore> : IAsyncLifetime
    where TStore : ITemporaryStore, new()
{
    protected static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The temporary database the test's store is on.</summary>
    protected TStore Temporary { get; } = new();

    protected IRenderStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await Temporary.CreateAsync();
        await Store.InitializeAsync(None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await Temporary.DeleteAsync();
    }

    protected static StackId Id(string stack) => new("o", "p", stack);

    protected static StackMetaData Meta(string stack, StackState state = StackState.Loading) =>
        new(Id(stack), state, DateTimeOffset.FromUnixTimeMilliseconds(1_000), 0, new StackVersion(VersionNotes: "v"));

    protected static TileSpec Tile(string id, double z, double minX, double minY, double maxX, double maxY, string? section = null, string? group = null) =>
        new(TileId: id, Z: z, MinX: minX, MinY: minY, MaxX: maxX, MaxY: maxY, Width: maxX - minX, Height: maxY - minY,
            GroupId: group, Layout: section is null ? null : new LayoutData(SectionId: section));

    protected async Task<StackId> LoadingStackWithAsync(string stack, params TileSpec[] tiles)
    {
        var meta = Meta(stack);
        Assert.True(await Store.Stacks.CreateAsync(meta, None));
        Assert.Equal(StackState.Loading, await Store.Tiles.SaveAsync(meta.StackId, tiles, [], None));
        return meta.StackId;
    }

    /// <summary>The stack as stored now (it must exist).</summary>
    protected async Task<StoredStack> StoredAsync(StackId stackId) =>
        await Store.Stacks.GetAsync(stackId, None) ?? throw new InvalidOperationException($"{stackId} is not stored");

    /// <summary>Sets the stack COMPLETE as the service does, and returns the completed metadata.</summary>
    protected async Task<StackMetaData> CompleteAsync(StackId stackId)
    {
        var stored = await StoredAsync(stackId);
        return await Store.Stacks.CompleteAsync(stored, stored.MetaData with { State = StackState.Complete }, None)
            ?? throw new InvalidOperationException($"{stackId} changed while being completed");
    }

    /// <summary>Replaces the stack's state (no derivation).</summary>
    protected async Task SetStateAsync(StackId stackId, StackState state)
    {
        var stored = await StoredAsync(stackId);
        Assert.True(await Store.Stacks.ReplaceAsync(stored, stored.MetaData with { State = state }, None));
    }

    protected async Task<List<string>> TileIdsAsync(StackId stackId, TileQuery query) =>
        await Store.Tiles.FindTileIdsAsync(stackId, query, None).ToListAsync();
}
