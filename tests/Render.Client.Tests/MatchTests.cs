using Render.Client.Tests.Harness;
using Render.Model.PointMatches;

namespace Render.Client.Tests;

/// <summary>Point matches in and out over real HTTP: import three pairs between groups 0 and 1, read every query, delete.</summary>
public sealed class MatchTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task ImportedPairs_EveryQuery_ReturnsThePairsItSelects()
    {
        var collection = await fixture.NewThreePairCollectionAsync("queries");

        Assert.Contains(ClientServerFixture.Owner, await _client.Matches.GetOwnersAsync());
        var listed = Assert.Single(await _client.Matches.GetCollectionsAsync(), meta => meta.CollectionId == collection);
        Assert.Equal(3, listed.PairCount);
        Assert.Equal(["0", "1"], (await _client.Matches.GetGroupIdsAsync(collection)).Order(StringComparer.Ordinal));
        Assert.Equal(["0", "1"], (await _client.Matches.GetPGroupIdsAsync(collection)).Order(StringComparer.Ordinal));
        Assert.Equal(["1"], await _client.Matches.GetQGroupIdsAsync(collection));

        Assert.Equal(2, (await ToListAsync(_client.Matches.GetBetweenGroupsAsync(collection, "1", "0"))).Count);
        Assert.Equal(2, (await ToListAsync(_client.Matches.GetOutsideGroupAsync(collection, "0"))).Count);
        Assert.Single(await ToListAsync(_client.Matches.GetWithinGroupAsync(collection, "1")));
        Assert.Equal(2, (await ToListAsync(_client.Matches.GetWithPGroupAsync(collection, "0"))).Count);
        Assert.Equal(2, (await ToListAsync(_client.Matches.GetInvolvingCanvasAsync(collection, "1", "b"))).Count);

        var pair = Assert.Single(await ToListAsync(_client.Matches.GetBetweenCanvasesAsync(collection, "1", "b", "0", "a")));
        Assert.Equal([[1.0, 2.0], [3.0, 4.0]], pair.Matches!.P!);
        Assert.Equal([0.5, 1.0], pair.Matches.W!);

        var counted = await ToListAsync(_client.Matches.GetWithPGroupAsync(collection, "0", new MatchReadOptions(ExcludeMatchDetails: true)));
        Assert.All(counted, match => Assert.Null(match.Matches));
    }

    [Fact]
    public async Task DeleteBetweenGroupsThenCollection_RemovesThePairsThenTheCollection()
    {
        var collection = await fixture.NewThreePairCollectionAsync("deletes");

        await _client.Matches.DeleteBetweenGroupsAsync(collection, "0", "1");
        var left = Assert.Single(await ToListAsync(_client.Matches.GetWithinGroupAsync(collection, "1")));
        Assert.Equal("c", left.QId);
        Assert.Empty(await ToListAsync(_client.Matches.GetOutsideGroupAsync(collection, "0")));

        await _client.Matches.DeleteCollectionAsync(collection);
        Assert.DoesNotContain(await _client.Matches.GetCollectionsAsync(), meta => meta.CollectionId == collection);
    }

    private static async Task<List<CanvasMatches>> ToListAsync(IAsyncEnumerable<CanvasMatches> matches)
    {
        var list = new List<CanvasMatches>();
        await foreach (var match in matches)
        {
            list.Add(match);
        }

        return list;
    }
}
