using Render.Client.Tests.Harness;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Client.Tests;

/// <summary>render-python's user-guide flow over real HTTP: create, import, complete, read back, map coordinates.</summary>
public sealed class UserGuideFlowTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task ImportedStack_WhenComplete_ReadsBackMetadataBoundsAndTiles()
    {
        var stackId = await NewStackAsync("guide");

        var metaData = await _client.Stacks.GetMetaDataAsync(stackId);
        Assert.Equal(StackState.Complete, metaData.State);
        Assert.Equal(8, metaData.Stats?.TileCount);
        Assert.Equal(2, metaData.Stats?.SectionCount);
        Assert.Equal(1.0, metaData.CurrentVersion?.StackResolutionX);

        var bounds = await _client.Stacks.GetBoundsAsync(stackId);
        Assert.Equal(3407.0, bounds.MinZ);
        Assert.Equal(3408.0, bounds.MaxZ);
        Assert.True(bounds.MaxX > bounds.MinX);

        Assert.Equal([3407.0, 3408.0], await _client.Sections.GetZValuesAsync(stackId));
        var sections = await _client.Sections.GetDataAsync(stackId);
        Assert.Equal(["3407.0", "3408.1"], sections.Select(section => section.SectionId).Order(StringComparer.Ordinal));
        Assert.Equal(3408.0, await _client.Sections.GetZAsync(stackId, "3408.1"));

        var layerBounds = await _client.Sections.GetBoundsAsync(stackId, 3407);
        Assert.Equal(3407.0, layerBounds.MinZ);
        var tileBounds = await _client.Sections.GetTileBoundsAsync(stackId, 3407);
        Assert.Equal(4, tileBounds.Count);
        Assert.All(tileBounds, tile => Assert.Equal("3407.0", tile.SectionId));
    }

    [Fact]
    public async Task ImportedStack_TileQueries_ReturnTheImportedTiles()
    {
        var stackId = await NewStackAsync("tiles");

        var tile = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);
        Assert.Equal(Fixtures.FirstTile, tile.TileId);
        Assert.Equal(2560.0, tile.Width);
        Assert.NotNull(tile.MinX);

        var layer = await _client.Tiles.GetLayerAsync(stackId, 3408);
        Assert.Equal(4, layer.Count);

        var resolved = await _client.Tiles.GetResolvedAsync(stackId, 3407);
        Assert.Equal(4, resolved.TileIdToSpecMap.Count);
        Assert.NotEmpty(resolved.TransformIdToSpecMap);

        var filtered = await _client.Tiles.GetResolvedAsync(stackId, new ResolvedTilesQuery(MinZ: 3408, MaxZ: 3408));
        Assert.All(filtered.TileIdToSpecMap.Values, spec => Assert.Equal(3408.0, spec.Z));

        var ids = new List<string>();
        await foreach (var id in _client.Tiles.GetIdsAsync(stackId))
        {
            ids.Add(id);
        }

        Assert.Equal(8, ids.Count);
        Assert.Contains(Fixtures.FirstTile, ids);

        var withIds = await _client.Tiles.GetWithIdsAsync(stackId, [Fixtures.FirstTile]);
        Assert.Equal(Fixtures.FirstTile, Assert.Single(withIds).TileId);

        var parameters = await _client.Rendering.GetTileParametersAsync(stackId, Fixtures.FirstTile, new RenderQuery { Scale = 0.5 });
        Assert.Equal(Fixtures.FirstTile, Assert.Single(parameters.TileSpecs!).TileId);
    }

    [Fact]
    public async Task WorldPoint_MappedToLocalAndBack_ReturnsThePoint()
    {
        var stackId = await NewStackAsync("coords");
        var tile = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);
        var (x, y) = ((tile.MinX!.Value + tile.MaxX!.Value) / 2, (tile.MinY!.Value + tile.MaxY!.Value) / 2);

        var locals = await _client.Coordinates.WorldToLocalAsync(stackId, 3407, x, y);
        var visible = locals.Single(local => local.Visible == true);
        var world = await _client.Coordinates.LocalToWorldAsync(stackId, visible.TileId!, visible.Local![0], visible.Local[1]);

        // The inverse goes through render's triangle mesh, so it is exact only to a fraction of a pixel.
        Assert.Equal(x, world.World![0], 0.01);
        Assert.Equal(y, world.World[1], 0.01);
    }

    [Fact]
    public async Task CoordinateBatches_MapEveryPointInOrder()
    {
        var stackId = await NewStackAsync("batch");
        var tile = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);
        var (x, y) = ((tile.MinX!.Value + tile.MaxX!.Value) / 2, (tile.MinY!.Value + tile.MaxY!.Value) / 2);

        var locals = await _client.Coordinates.WorldToLocalAsync(stackId, 3407, [new TileCoordinates(World: [x, y]), new TileCoordinates(World: [-1e9, -1e9])]);
        Assert.Equal(2, locals.Count);
        Assert.Contains(locals[0], local => local.Visible == true);
        Assert.NotNull(Assert.Single(locals[1]).Error);

        var visible = locals[0].Single(local => local.Visible == true);
        var worlds = await _client.Coordinates.LocalToWorldAsync(stackId, 3407, [new TileCoordinates(TileId: visible.TileId, Local: visible.Local)]);
        Assert.Equal(x, Assert.Single(worlds).World![0], 0.01);
    }

    [Fact]
    public async Task StackLifecycle_CloneRenameAndDelete_AreVisibleInTheListings()
    {
        var source = await NewStackAsync("life");
        var clone = fixture.NewStackId("clone");
        var renamed = fixture.NewStackId("renamed");

        await _client.Stacks.CloneAsync(source, clone, new CloneStackOptions(ZValues: [3407]));
        await _client.Stacks.SetStateAsync(clone, StackState.Complete);
        Assert.Equal([3407.0], await _client.Sections.GetZValuesAsync(clone));

        await _client.Stacks.SetStateAsync(clone, StackState.Loading);
        await _client.Stacks.RenameAsync(clone, renamed);
        await _client.Stacks.SetStateAsync(source, StackState.Loading);
        await _client.Sections.DeleteAsync(source, 3408);
        Assert.Equal([3407.0], await _client.Sections.GetZValuesAsync(source));

        var ids = await _client.Stacks.GetIdsAsync(project: ClientServerFixture.Project);
        Assert.Contains(renamed, ids);
        Assert.DoesNotContain(clone, ids);
        Assert.Contains(ClientServerFixture.Owner, await _client.Stacks.GetOwnersAsync());
        Assert.Contains(ClientServerFixture.Project, await _client.Stacks.GetProjectsAsync());
        Assert.Contains(await _client.Stacks.GetMetaDataByOwnerAsync(), stack => stack.StackId == source);

        await _client.Stacks.DeleteAsync(renamed);
        Assert.DoesNotContain(renamed, await _client.Stacks.GetIdsAsync());
        Assert.NotEmpty(await _client.GetLikelyUniqueIdAsync());
    }

    private Task<StackId> NewStackAsync(string prefix) =>
        fixture.NewExample1StackAsync(prefix, new StackVersion(StackResolutionX: 1.0, StackResolutionY: 1.0, StackResolutionZ: 1.0));
}
