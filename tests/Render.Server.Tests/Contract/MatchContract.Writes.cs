using System.Net;
using Render.Server.Tests.Harness;
using static Render.Server.Tests.Harness.MatchApi;

namespace Render.Server.Tests.Contract;

/// <summary>Match writes and deletes (the values of render's MatchDaoTest).</summary>
public abstract partial class MatchContract
{
    [Fact]
    public async Task Deletes_TilePairGroupPairOutsideGroupThenCollection_CountDown12To8ThenGone()
    {
        var owner = NewOwner();
        var collection = CollectionPath(owner, "deletionCollection");
        var pairs = new List<System.Text.Json.Nodes.JsonObject>();
        for (var pGroup = 0; pGroup < 3; pGroup++)
        {
            pairs.Add(Pair($"{pGroup}", "tileA", $"{pGroup}", "tileB"));
            for (var qGroup = 7; qGroup < 10; qGroup++)
            {
                pairs.Add(Pair($"{pGroup}", "tileA", $"{qGroup}", "tileB"));
            }
        }

        await _api.ImportAsync(collection, Array([.. pairs]));
        Assert.Equal(12, await _api.PairCountAsync(owner, "deletionCollection"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/0/id/tileA/matchesWith/0/id/tileB"));
        Assert.Equal(11, await _api.PairCountAsync(owner, "deletionCollection"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/7/matchesWith/0"));
        Assert.Equal(10, await _api.PairCountAsync(owner, "deletionCollection"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/0/matchesOutsideGroup"));
        Assert.Equal(8, await _api.PairCountAsync(owner, "deletionCollection"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync(collection));
        Assert.Null(await _api.PairCountAsync(owner, "deletionCollection"));
        await RenderApi.ExpectAsync(HttpStatusCode.NotFound, _api.DeleteAsync(collection));
    }

    [Fact]
    public async Task Save_ThreeNewPairs_FiveOutsideSection1WithMatchCountFromWeights()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        await _api.ImportAsync(collection, Array([.. Enumerable.Range(1, 3).Select(i => Pair("section1", "save.p", $"section1{i}", "save.q", count: 3))]));

        var outside = await _api.GetArrayAsync($"{collection}/group/section1/matchesOutsideGroup");
        Assert.Equal(5, outside.Count);
        var saved = outside.Where(pair => (string)pair!["pId"]! == "save.p").ToList();
        Assert.Equal(3, saved.Count);
        Assert.All(saved, pair => Assert.Equal(3, (int)pair!["matchCount"]!));
    }

    [Fact]
    public async Task Save_SamePairAgain_ReplacesItsMatches()
    {
        var collection = CollectionPath(NewOwner(), "update");
        await _api.ImportAsync(collection, Array(Pair("updateGroupA", "tile.p", "section.b", "tile.q")));

        await _api.ImportAsync(collection, Array(Pair("updateGroupA", "tile.p", "section.b", "tile.q", count: 2, offset: 1)));

        var pairs = await _api.GetArrayAsync($"{collection}/group/updateGroupA/matchesOutsideGroup");
        var pair = Assert.Single(pairs)!;
        Assert.Equal([8.0, 9.0], JsonRead.Doubles(pair["matches"]!["w"]));
        Assert.Equal(2, (int)pair["matchCount"]!);
    }

    [Fact]
    public async Task Save_QBeforeP_StoresThePairSwappedWithItsPoints()
    {
        var collection = CollectionPath(NewOwner(), "swap");

        await _api.ImportAsync(collection, Array(Pair("b", "t2", "a", "t1", count: 2)));

        var pair = Assert.Single(await _api.GetArrayAsync($"{collection}/group/b/matchesWith/a"))!;
        Assert.Equal(["a/t1-b/t2"], PairIds([pair.DeepClone()]));
        Assert.Equal([11.0, 12.0], JsonRead.Doubles(pair["matches"]!["p"]![0]));
        Assert.Equal([1.0, 2.0], JsonRead.Doubles(pair["matches"]!["q"]![0]));
        Assert.Equal([7.0, 8.0], JsonRead.Doubles(pair["matches"]!["w"]));
    }

    [Fact]
    public async Task Save_SameGroupIdsOutOfOrder_SwapsByIdAndQueriesFindItEitherWay()
    {
        var collection = CollectionPath(NewOwner(), "swapIds");

        await _api.ImportAsync(collection, Array(Pair("g", "z", "g", "a")));

        Assert.Equal(["g/a-g/z"], PairIds(await _api.GetArrayAsync($"{collection}/group/g/id/z/matchesWith/g/id/a")));
        Assert.Equal(["g/a-g/z"], PairIds(await _api.GetArrayAsync($"{collection}/group/g/id/a/matchesWith/g/id/z")));
    }

    [Fact]
    public async Task RemoveOutsideGroup_Section1_LeavesTheWithinGroupPairs()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/section1/matchesOutsideGroup"));

        Assert.Empty(await _api.GetArrayAsync($"{collection}/group/section1/matchesOutsideGroup"));
        Assert.Equal(2, (await _api.GetArrayAsync($"{collection}/group/section1/matchesWithinGroup")).Count);
    }

    [Fact]
    public async Task DeleteInvolvingCanvasAndPGroup_Fixture_RemoveThoseOnly()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();
        var collection = CollectionPath(owner, "testCollection");

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/section1/id/tile1.1"));
        Assert.Equal(8, await _api.PairCountAsync(owner, "testCollection"));

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/pGroup/section13/matches"));
        Assert.Equal(5, await _api.PairCountAsync(owner, "testCollection"));
        Assert.Equal(["section1", "section10"], JsonRead.Strings(await _api.GetJsonAsync($"{collection}/pGroupIds")));
    }

    [Fact]
    public async Task Rename_ToNewName_MovesThePairs()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        await RenderApi.ExpectAsync(
            HttpStatusCode.OK, _api.PutAsync($"{CollectionPath(owner, "testCollectionC")}/collectionId", $$"""{"owner":"{{owner}}","name":"renamed"}"""));

        Assert.Null(await _api.PairCountAsync(owner, "testCollectionC"));
        Assert.Equal(3, await _api.PairCountAsync(owner, "renamed"));
        Assert.Equal(3, (await _api.GetArrayAsync($"{CollectionPath(owner, "renamed")}/pGroup/section1/matches")).Count);
    }

    [Fact]
    public async Task Rename_TargetExistsOrSourceMissing_400Or404()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        var exists = await RenderApi.ExpectAsync(
            HttpStatusCode.BadRequest, _api.PutAsync($"{CollectionPath(owner, "testCollectionC")}/collectionId", $$"""{"owner":"{{owner}}","name":"testCollectionB"}"""));
        var missing = await RenderApi.ExpectAsync(
            HttpStatusCode.NotFound, _api.PutAsync($"{CollectionPath(owner, "nothing")}/collectionId", $$"""{"owner":"{{owner}}","name":"other"}"""));

        Assert.Equal($"match collection with owner '{owner}', and name 'testCollectionB' already exists", exists);
        Assert.Equal($"match collection with owner '{owner}', and name 'nothing' does not exist", missing);
        Assert.Equal(3, await _api.PairCountAsync(owner, "testCollectionC"));
    }

    [Fact]
    public async Task PutMatchCounts_PGroup_Gives201AndCountsStayTheWeights()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        using var response = await _api.PutAsync($"{collection}/pGroup/section1/matchCounts");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        var counts = await _api.GetArrayAsync($"{collection}/pGroup/section1/matchCounts");
        Assert.Equal([3, 3, 3], counts.Select(pair => (int)pair!["matchCount"]!));
    }
}
