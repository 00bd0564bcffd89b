using Render.Client.Tests.Harness;

namespace Render.Client.Tests;

/// <summary>
/// What render's match and solve clients do to a collection besides reading pairs, over real HTTP:
/// match counts, deletes by p group, outside a group or of one pair, and renaming.
/// </summary>
public sealed class MatchMaintenanceTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task CountsWithPGroup_AfterUpdate_AreThePairsWithTheirCountsAndNoPoints()
    {
        var collection = await fixture.NewThreePairCollectionAsync("counts");

        await _client.Matches.UpdateCountsAsync(collection, "0");
        var counted = await _client.Matches.GetCountsWithPGroupAsync(collection, "0").ToListAsync();

        Assert.Equal(["b", "c"], counted.Select(pair => pair.QId).Order(StringComparer.Ordinal));
        Assert.All(counted, pair => Assert.Equal(2, pair.MatchCount));
        Assert.All(counted, pair => Assert.Null(pair.Matches));
    }

    [Fact]
    public async Task UpdateCountsAsync_MissingCollection_IsNotFound()
    {
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Matches.UpdateCountsAsync(fixture.NewCollectionId("none"), "0"));
    }

    [Fact]
    public async Task DeleteWithPGroupAsync_RemovesOnlyThatPGroupsPairs()
    {
        var collection = await fixture.NewThreePairCollectionAsync("byPGroup");

        await _client.Matches.DeleteWithPGroupAsync(collection, "0");

        Assert.Empty(await _client.Matches.GetWithPGroupAsync(collection, "0").ToListAsync());
        Assert.Single(await _client.Matches.GetWithPGroupAsync(collection, "1").ToListAsync());
    }

    [Fact]
    public async Task DeleteOutsideGroupAsync_KeepsThePairsWithinGroups()
    {
        var collection = await fixture.NewThreePairCollectionAsync("outside");

        await _client.Matches.DeleteOutsideGroupAsync(collection, "1");

        Assert.Empty(await _client.Matches.GetOutsideGroupAsync(collection, "0").ToListAsync());
        Assert.Single(await _client.Matches.GetWithinGroupAsync(collection, "1").ToListAsync());
    }

    [Fact]
    public async Task DeleteBetweenCanvasesAsync_QFirst_RemovesThatPairOnly()
    {
        var collection = await fixture.NewThreePairCollectionAsync("pair");

        await _client.Matches.DeleteBetweenCanvasesAsync(collection, "1", "b", "0", "a");

        Assert.Empty(await _client.Matches.GetBetweenCanvasesAsync(collection, "0", "a", "1", "b").ToListAsync());
        Assert.Equal("c", Assert.Single(await _client.Matches.GetWithPGroupAsync(collection, "0").ToListAsync()).QId);
        Assert.Single(await _client.Matches.GetWithinGroupAsync(collection, "1").ToListAsync());
    }

    [Fact]
    public async Task DeleteInvolvingCanvasAsync_RemovesEveryPairOfTheCanvas()
    {
        var collection = await fixture.NewThreePairCollectionAsync("canvas");

        await _client.Matches.DeleteInvolvingCanvasAsync(collection, "1", "b");

        var left = Assert.Single(await _client.Matches.GetWithPGroupAsync(collection, "0").ToListAsync());
        Assert.Equal("c", left.QId);
        Assert.Empty(await _client.Matches.GetWithinGroupAsync(collection, "1").ToListAsync());
    }

    [Fact]
    public async Task RenameCollectionAsync_MovesThePairsToTheNewName()
    {
        var collection = await fixture.NewThreePairCollectionAsync("renameFrom");
        var renamed = fixture.NewCollectionId("renameTo");

        await _client.Matches.RenameCollectionAsync(collection, renamed);

        var names = (await _client.Matches.GetCollectionsAsync()).Select(meta => meta.CollectionId).ToList();
        Assert.Contains(renamed, names);
        Assert.DoesNotContain(collection, names);
        Assert.Equal(["0", "1"], (await _client.Matches.GetGroupIdsAsync(renamed)).Order(StringComparer.Ordinal));
    }
}
