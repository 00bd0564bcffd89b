using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Storage.Tests;

/// <summary>Point-match collections and their pairs: what every engine does the same.</summary>
public abstract partial class MatchStoreContract<TStore> : StoreContract<TStore>
    where TStore : ITemporaryStore, new()
{
    protected static readonly MatchCollectionId Collection = new("o", "c");

    private IMatchStore Matches => Store.Matches;

    [Fact]
    public async Task Find_AnyInsertOrder_StreamsInPGroupQGroupPIdQIdOrder()
    {
        await Matches.SaveAsync(Collection, [Pair("b", "1", "c", "1"), Pair("a", "2", "b", "1"), Pair("a", "1", "c", "1"), Pair("a", "1", "b", "2"), Pair("a", "1", "b", "1")], default);

        var pairs = await FindAsync(Collection, MatchQuery.WithPGroup("a"));

        Assert.Equal(["a/1-b/1", "a/1-b/2", "a/2-b/1", "a/1-c/1"], pairs.Select(Ids));
    }

    [Fact]
    public async Task Save_SameFourIds_ReplacesThePair()
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weight: 1)], default);

        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weight: 2)], default);

        var pair = Assert.Single(await FindAsync(Collection, MatchQuery.WithPGroup("a")));
        Assert.Equal([2.0], pair.Matches!.W!);
        Assert.Equal(1, (await Matches.ListCollectionsAsync("o", default)).Single().PairCount);
    }

    [Fact]
    public async Task Save_EmptyBatch_CreatesNoCollection()
    {
        await Matches.SaveAsync(Collection, [], default);

        Assert.False(await Matches.ExistsAsync(Collection, default));
        Assert.Empty(await Matches.ListCollectionsAsync(null, default));
    }

    [Fact]
    public async Task Save_APairWithoutIds_WritesNothingOfTheBatch()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1"), new CanvasMatches(PGroupId: "a")], default));

        Assert.False(await Matches.ExistsAsync(Collection, default));
    }

    [Fact]
    public async Task Find_WithoutMatches_LeavesMatchesNullAndKeepsTheRest()
    {
        var consensus = new ConsensusSetData(1, "p", "q");
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1") with { ConsensusSetData = consensus, MatchCount = 1 }], default);

        var pair = Assert.Single(await FindAsync(Collection, MatchQuery.WithPGroup("a"), includeMatches: false));

        Assert.Null(pair.Matches);
        Assert.Equal(consensus, pair.ConsensusSetData);
        Assert.Equal(1, pair.MatchCount);
    }

    [Theory]
    [InlineData(MatchQueryKind.WithPGroup, "a/1-a/2 a/1-b/1 a/2-c/1")]
    [InlineData(MatchQueryKind.WithinGroup, "a/1-a/2")]
    [InlineData(MatchQueryKind.OutsideGroup, "0/9-a/1 a/1-b/1 a/2-c/1")]
    [InlineData(MatchQueryKind.BetweenGroups, "a/1-b/1")]
    [InlineData(MatchQueryKind.BetweenCanvases, "a/1-b/1")]
    [InlineData(MatchQueryKind.CanvasWithGroup, "a/1-b/1")]
    [InlineData(MatchQueryKind.InvolvingCanvas, "0/9-a/1 a/1-a/2 a/1-b/1")]
    public async Task FindAndDelete_EachQueryShape_SelectTheSamePairs(MatchQueryKind kind, string expected)
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "a", "2"), Pair("a", "1", "b", "1"), Pair("a", "2", "c", "1"), Pair("0", "9", "a", "1"), Pair("b", "1", "c", "1")], default);
        var query = new MatchQuery(kind, "a", "1", "b", "1");

        var found = await FindAsync(Collection, query);
        Assert.True(await Matches.DeleteAsync(Collection, query, default));
        var left = await FindAllAsync();

        Assert.Equal(expected, string.Join(' ', found.Select(Ids)));
        Assert.Equal(5 - found.Count, left.Count);
        Assert.DoesNotContain(left, pair => found.Select(Ids).Contains(Ids(pair)));
    }

    [Theory]
    [InlineData(MatchGroupIdScope.PGroups, "a b")]
    [InlineData(MatchGroupIdScope.QGroups, "b c")]
    [InlineData(MatchGroupIdScope.AllGroups, "a b c")]
    [InlineData(MatchGroupIdScope.ConsensusPGroups, "b")]
    [InlineData(MatchGroupIdScope.ConsensusGroups, "b c")]
    public async Task GetGroupIds_EachScope_DistinctAndSorted(MatchGroupIdScope scope, string expected)
    {
        await Matches.SaveAsync(Collection, [Pair("b", "1", "c", "1") with { ConsensusSetData = new ConsensusSetData(0) }, Pair("a", "1", "b", "1"), Pair("a", "2", "b", "1")], default);

        var groupIds = await Matches.GetGroupIdsAsync(Collection, scope, default);

        Assert.Equal(expected, string.Join(' ', groupIds!));
        Assert.Null(await Matches.GetGroupIdsAsync(new MatchCollectionId("o", "missing"), scope, default));
    }

    [Fact]
    public async Task Rename_ToFreeAndTakenNames_MovesOrRefuses()
    {
        var other = new MatchCollectionId("o", "other");
        var renamed = new MatchCollectionId("p", "renamed");
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1")], default);
        await Matches.SaveAsync(other, [Pair("a", "1", "b", "1")], default);

        Assert.Equal(RenameOutcome.TargetExists, await Matches.RenameAsync(Collection, other, default));
        Assert.Equal(RenameOutcome.Renamed, await Matches.RenameAsync(Collection, renamed, default));
        Assert.Null(await Matches.RenameAsync(Collection, renamed, default));

        Assert.False(await Matches.ExistsAsync(Collection, default));
        Assert.Single(await FindAsync(renamed, MatchQuery.WithPGroup("a")));
    }

    [Fact]
    public async Task Drop_RemovesPairsAndCollection_SecondDropIsFalse()
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1")], default);

        Assert.True(await Matches.DropAsync(Collection, default));
        Assert.False(await Matches.DropAsync(Collection, default));

        await Matches.SaveAsync(Collection, [Pair("x", "1", "y", "1")], default);
        Assert.Equal(["x/1-y/1"], (await FindAllAsync()).Select(Ids));
    }

    [Fact]
    public async Task UpdateMatchCounts_PGroup_SetsTheWeightCountOfThatGroupOnly()
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weights: 3), Pair("b", "1", "c", "1", weights: 2)], default);

        Assert.True(await Matches.UpdateMatchCountsAsync(Collection, "a", default));

        var counts = (await FindAllAsync()).ToDictionary(pair => pair.PGroupId!, pair => pair.MatchCount);
        Assert.Equal(3, counts["a"]);
        Assert.Null(counts["b"]);
        Assert.False(await Matches.UpdateMatchCountsAsync(new MatchCollectionId("o", "missing"), "a", default));
    }

    [Fact]
    public async Task UpdateMatchCounts_MoreWeightsThanTwoBytesCount_CountsThemAll()
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weights: 70_000)], default);

        Assert.True(await Matches.UpdateMatchCountsAsync(Collection, "a", default));

        Assert.Equal(70_000, Assert.Single(await FindAllAsync()).MatchCount);
    }

    [Theory]
    [InlineData("""{"p":[[1.0,2.25],[5,6]],"q":[[3,4],[1e-7,-0]],"w":[1,0.50]}""")]
    [InlineData("""{"p":[[-0.0,4.9E-324],[1.7976931348623157E308,-1.0E-300]],"q":[[1E+2,2e-5],[123456789012345678901234567890,0]],"w":[1.0,2.0]}""")]
    [InlineData("""{"p":[null,[1,2]],"w":["NaN",1,"-Infinity"]}""")]
    [InlineData("""{"p":[[],[]],"q":[[],[]],"w":[]}""")]
    [InlineData("""{"q":[[3]]}""")]
    public async Task Find_MatchesAsSaved_ServesTheSameText(string json)
    {
        var matches = RenderJson.Parse<Matches>(json).GetValueOrThrow();
        await Matches.SaveAsync(Collection, [new CanvasMatches("a", "1", "b", "1", Matches: matches, MatchCount: matches.WeightCount)], default);

        var pair = Assert.Single(await FindAsync(Collection, MatchQuery.WithPGroup("a")));

        Assert.Equal(RenderJson.Serialize(matches), RenderJson.Serialize(pair.Matches));
        Assert.Equal(matches.WeightCount, pair.Matches!.WeightCount);
    }

    protected static CanvasMatches Pair(string pGroupId, string pId, string qGroupId, string qId, double weight = 1, int weights = 1) =>
        new(pGroupId, pId, qGroupId, qId, Matches: new Matches(
            [[.. Enumerable.Repeat(1.0, weights)], [.. Enumerable.Repeat(2.0, weights)]],
            [[.. Enumerable.Repeat(3.0, weights)], [.. Enumerable.Repeat(4.0, weights)]],
            [.. Enumerable.Repeat(weight, weights)]));

    private static string Ids(CanvasMatches pair) => $"{pair.PGroupId}/{pair.PId}-{pair.QGroupId}/{pair.QId}";

    private async Task<List<CanvasMatches>> FindAsync(MatchCollectionId collectionId, MatchQuery query, bool includeMatches = true) =>
        await Matches.FindAsync(collectionId, query, includeMatches, default).ToListAsync();

    private async Task<List<CanvasMatches>> FindAllAsync(MatchCollectionId? collectionId = null)
    {
        var pairs = new List<CanvasMatches>();
        foreach (var group in await Matches.GetGroupIdsAsync(collectionId ?? Collection, MatchGroupIdScope.PGroups, default) ?? [])
        {
            pairs.AddRange(await FindAsync(collectionId ?? Collection, MatchQuery.WithPGroup(group)));
        }

        return pairs;
    }
}
