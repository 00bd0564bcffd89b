using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Sqlite.Tests;

/// <summary>A fresh embedded store in a temporary folder, removed afterwards.</summary>
public sealed class TempStore : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "render-store-tests-" + Guid.NewGuid().ToString("N"));

    public SqliteRenderStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteRenderStore(Folder);
        await Store.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public static StackMetaData Meta(string stack, StackState state = StackState.Loading) =>
        new(new StackId("o", "p", stack), state, DateTimeOffset.FromUnixTimeMilliseconds(1_000), 0, new StackVersion(VersionNotes: "v"));

    public static TileSpec Tile(string id, double z, double minX, double minY, double maxX, double maxY, string? section = null, string? group = null) =>
        new(TileId: id, Z: z, MinX: minX, MinY: minY, MaxX: maxX, MaxY: maxY, Width: maxX - minX, Height: maxY - minY,
            GroupId: group, Layout: section is null ? null : new LayoutData(SectionId: section));

    public async Task<StackId> LoadingStackWithAsync(string stack, params TileSpec[] tiles)
    {
        var meta = Meta(stack);
        Assert.True(await Store.Stacks.CreateAsync(meta, CancellationToken.None));
        Assert.Equal(StackState.Loading, await Store.Tiles.SaveAsync(meta.StackId, tiles, [], CancellationToken.None));
        return meta.StackId;
    }

    public async Task<List<string>> TileIdsAsync(StackId stackId, TileQuery query)
    {
        var ids = new List<string>();
        await foreach (var id in Store.Tiles.FindTileIdsAsync(stackId, query, CancellationToken.None))
        {
            ids.Add(id);
        }

        return ids;
    }
}
