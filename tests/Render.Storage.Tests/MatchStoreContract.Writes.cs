using Render.Model.PointMatches;

namespace Render.Storage.Tests;

/// <summary>Saving pairs in batches: de-duplication, merges into stored pairs, concurrent saves, listings.</summary>
public abstract partial class MatchStoreContract<TStore>
{
    [Fact]
    public async Task Save_ThePairTwiceInABatch_KeepsTheLast()
    {
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weight: 1), Pair("a", "2", "b", "1"), Pair("a", "1", "b", "1", weight: 3)], default);

        var pairs = await FindAllAsync();

        Assert.Equal(["a/1-b/1", "a/2-b/1"], pairs.Select(Ids));
        Assert.Equal([3.0], pairs[0].Matches!.W!);
    }

    [Fact]
    public async Task Save_NewAndStoredPairsInOneBatch_ReplacesTheStoredAndAddsTheNew()
    {
        await Matches.SaveAsync(Collection, [.. Enumerable.Range(0, 300).Select(i => Pair("g0", $"{i:D3}", "g1", $"{i:D3}", weight: 1))], default);

        await Matches.SaveAsync(Collection, [.. Enumerable.Range(150, 300).Select(i => Pair("g0", $"{i:D3}", "g1", $"{i:D3}", weight: 2))], default);

        var pairs = await FindAllAsync();
        Assert.Equal(450, pairs.Count);
        Assert.Equal(150, pairs.Count(pair => pair.Matches!.W![0] == 1));
        Assert.Equal(pairs.Select(Ids).Order(StringComparer.Ordinal), pairs.Select(Ids));
        Assert.Equal(450, (await Matches.ListCollectionsAsync("o", default)).Single().PairCount);
    }

    [Fact]
    public async Task Saves_ManyAtOnceIntoOneCollection_AllLand()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(batch => Matches.SaveAsync(
            Collection, [.. Enumerable.Range(0, 50).Select(i => Pair($"g{batch}", $"{i}", $"g{batch + 1}", $"{i}"))], default)));

        Assert.Equal(400, (await Matches.ListCollectionsAsync(null, default)).Single().PairCount);
        Assert.Equal(9, (await Matches.GetGroupIdsAsync(Collection, MatchGroupIdScope.AllGroups, default))!.Count);
    }

    [Fact]
    public async Task Saves_OverlappingBatchesAtOnce_LeaveOnePairPerKey()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(batch => Matches.SaveAsync(
            Collection, [.. Enumerable.Range(0, 60).Select(i => Pair("a", $"{(i + (batch * 10)) % 80}", "b", "1", weight: batch))], default)));

        var pairs = await FindAllAsync();
        Assert.Equal(80, pairs.Count);
        Assert.Equal(80, pairs.Select(Ids).Distinct().Count());
    }

    [Fact]
    public async Task ListCollections_ByOwnerOrAll_SortedWithPairCounts_EmptiedOnesIncluded()
    {
        await Matches.SaveAsync(new MatchCollectionId("p", "z"), [Pair("a", "1", "b", "1")], default);
        await Matches.SaveAsync(new MatchCollectionId("o", "m"), [Pair("a", "1", "b", "1"), Pair("a", "2", "b", "1")], default);
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1")], default);
        await Matches.DeleteAsync(Collection, MatchQuery.WithPGroup("a"), default);

        var all = await Matches.ListCollectionsAsync(null, default);
        var owned = await Matches.ListCollectionsAsync("o", default);

        Assert.Equal(["o/c 0", "o/m 2", "p/z 1"], all.Select(meta => $"{meta.CollectionId!.Owner}/{meta.CollectionId.Name} {meta.PairCount}"));
        Assert.Equal(["c", "m"], owned.Select(meta => meta.CollectionId!.Name));
        Assert.True(await Matches.ExistsAsync(Collection, default));
    }

    [Fact]
    public async Task Writes_ToAMissingCollection_AreRefusedAndCreateNothing()
    {
        var missing = new MatchCollectionId("o", "missing");

        Assert.False(await Matches.DeleteAsync(missing, MatchQuery.WithPGroup("a"), default));
        Assert.False(await Matches.UpdateMatchCountsAsync(missing, "a", default));
        Assert.False(await Matches.DropAsync(missing, default));

        Assert.Empty(await FindAsync(missing, MatchQuery.WithPGroup("a")));
        Assert.False(await Matches.ExistsAsync(missing, default));
        Assert.Empty(await Matches.ListCollectionsAsync(null, default));
    }

    [Fact]
    public async Task Collections_KeepTheirPairsApart()
    {
        var other = new MatchCollectionId("o", "other");
        await Matches.SaveAsync(Collection, [Pair("a", "1", "b", "1", weight: 1)], default);
        await Matches.SaveAsync(other, [Pair("a", "1", "b", "1", weight: 2), Pair("c", "1", "d", "1")], default);

        Assert.True(await Matches.DeleteAsync(other, MatchQuery.WithPGroup("a"), default));

        var kept = Assert.Single(await FindAllAsync());
        Assert.Equal([1.0], kept.Matches!.W!);
        Assert.Equal(["c/1-d/1"], (await FindAllAsync(other)).Select(Ids));
    }
}
