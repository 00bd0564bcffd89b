using Render.Client.Tests.Harness;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client.Tests;

/// <summary>
/// A layer's tiles as render's pipeline clients read and write them, over real HTTP: resolved tiles
/// saved to one layer or with given boxes, tile ids of a layer, the tiles under world points.
/// </summary>
public sealed class LayerTilesTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task SaveResolvedAsync_ToItsLayer_StoresTheLayer()
    {
        var stackId = await LoadingStackAsync("toLayer");

        await _client.Tiles.SaveResolvedAsync(stackId, 3407, Layer(Fixtures.Example1(), 3407));

        var stored = await _client.Tiles.GetResolvedAsync(stackId, 3407);
        Assert.Equal(4, stored.TileIdToSpecMap.Count);
        Assert.All(stored.TileIdToSpecMap.Values, tile => Assert.NotNull(tile.MinX));
    }

    [Fact]
    public async Task SaveResolvedAsync_ToALayerTheTilesAreNotIn_IsRefusedAndStoresNothing()
    {
        var stackId = await LoadingStackAsync("wrongLayer");

        var error = await Assert.ThrowsAsync<RenderException>(() => _client.Tiles.SaveResolvedAsync(stackId, 3407, Fixtures.Example1()));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Empty(await _client.Sections.GetZValuesAsync(stackId));
    }

    [Fact]
    public async Task SaveResolvedAsync_WithoutDeriveData_KeepsTheBoxesAsSent()
    {
        var stackId = await LoadingStackAsync("asSent");
        var example = Fixtures.Example1();
        var tile = example.TileIdToSpecMap[Fixtures.FirstTile] with { MinX = 1, MinY = 2, MaxX = 3, MaxY = 4 };

        await _client.Tiles.SaveResolvedAsync(stackId, new ResolvedTileSpecCollection(example.TransformIdToSpecMap, new Dictionary<string, TileSpec> { [Fixtures.FirstTile] = tile }), deriveData: false);

        var stored = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);
        Assert.Equal((1.0, 2.0, 3.0, 4.0), (stored.MinX, stored.MinY, stored.MaxX, stored.MaxY));
    }

    [Fact]
    public async Task GetResolvedAsync_EmptyLayer_IsNotFound()
    {
        var stackId = await LoadingStackAsync("emptyLayer");
        await _client.Tiles.SaveResolvedAsync(stackId, Fixtures.Example1());

        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Tiles.GetResolvedAsync(stackId, 3409));
    }

    [Fact]
    public async Task GetIdsAsync_OneLayer_StreamsItsTileIds()
    {
        var stackId = await LoadingStackAsync("layerIds");
        await _client.Tiles.SaveResolvedAsync(stackId, Fixtures.Example1());

        var ids = await _client.Tiles.GetIdsAsync(stackId, minZ: 3408, maxZ: 3408).ToListAsync();

        Assert.Equal(4, ids.Count);
        Assert.All(ids, id => Assert.EndsWith(".3408.1", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTileIdsForCoordinatesAsync_PointOnATileAndOffAll_ListsTheTilesUnderEachOrThePointAlone()
    {
        var stackId = await LoadingStackAsync("underPoint");
        await _client.Tiles.SaveResolvedAsync(stackId, Fixtures.Example1());
        var tile = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);
        var (x, y) = ((tile.MinX!.Value + tile.MaxX!.Value) / 2, (tile.MinY!.Value + tile.MaxY!.Value) / 2);

        var under = await _client.Coordinates.GetTileIdsForCoordinatesAsync(
            stackId, 3407, [new TileCoordinates(World: [x, y]), new TileCoordinates(World: [-1e9, -1e9])]);

        Assert.Equal(2, under.Count);
        Assert.Contains(under[0], found => found.TileId == Fixtures.FirstTile && found.World![0] == x);
        Assert.Null(Assert.Single(under[1]).TileId);
    }

    private async Task<StackId> LoadingStackAsync(string prefix)
    {
        var stackId = fixture.NewStackId(prefix);
        await _client.Stacks.CreateAsync(stackId, new StackVersion());
        return stackId;
    }

    private static ResolvedTileSpecCollection Layer(ResolvedTileSpecCollection tiles, double z) =>
        tiles with { TileIdToSpecMap = tiles.TileIdToSpecMap.Where(entry => entry.Value.Z == z).ToDictionary() };
}
