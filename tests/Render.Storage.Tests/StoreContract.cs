using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Tests;

/// <summary>
/// A fresh, initialised store for each test, and the data the store contracts build. Each
/// store's test project supplies the store; the contracts (<see cref="StackAndTileStoreContract"/>,
/// <see cref="MatchStoreContract"/>) hold the behaviours every store has, written once.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected IRenderStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DisposeStoreAsync();
    }

    /// <summary>A new, empty store (not yet initialised).</summary>
    protected abstract Task<IRenderStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after the store is disposed.</summary>
    protected abstract Task DisposeStoreAsync();

    protected static StackMetaData Meta(string stack, StackState state = StackState.Loading) =>
        new(new StackId("o", "p", stack), state, DateTimeOffset.FromUnixTimeMilliseconds(1_000), 0, new StackVersion(VersionNotes: "v"));

    protected static TileSpec Tile(string id, double z, double minX, double minY, double maxX, double maxY, string? section = null, string? group = null) =>
        new(TileId: id, Z: z, MinX: minX, MinY: minY, MaxX: maxX, MaxY: maxY, Width: maxX - minX, Height: maxY - minY,
            GroupId: group, Layout: section is null ? null : new LayoutData(SectionId: section));

    protected async Task<StackId> LoadingStackWithAsync(string stack, params TileSpec[] tiles)
    {
        var meta = Meta(stack);
        Assert.True(await Store.Stacks.CreateAsync(meta, CancellationToken.None));
        Assert.Equal(StackState.Loading, await Store.Tiles.SaveAsync(meta.StackId, tiles, [], CancellationToken.None));
        return meta.StackId;
    }

    protected async Task<List<string>> TileIdsAsync(StackId stackId, TileQuery query)
    {
        var ids = new List<string>();
        await foreach (var id in Store.Tiles.FindTileIdsAsync(stackId, query, CancellationToken.None))
        {
            ids.Add(id);
        }

        return ids;
    }
}
