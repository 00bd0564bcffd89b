using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;
using static Render.Server.Tests.Harness.MatchApi;

namespace Render.Server.Tests.Contract;

/// <summary>
/// render's MatchService. This file: the MatchDao test collections read back (the values of
/// MatchDaoReadOnlyTest): listings, group ids, every pair query shape with normalisation, and
/// mergeCollection. Writes and deletes (MatchDaoTest) are in <c>MatchContract.Writes.cs</c>, bad
/// input in <c>MatchContract.BadInput.cs</c>, render-python's usage in <c>MatchContract.RenderPython.cs</c>.
/// </summary>
public abstract partial class MatchContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task MatchCollections_FixtureOwner_ListsThreeWithPairCounts()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        var listing = await _api.GetArrayAsync($"owner/{owner}/matchCollections");
        var owners = await _api.GetJsonAsync("matchCollectionOwners");

        Assert.Equal(3, listing.Count);
        Assert.All(listing, item => Assert.Equal(owner, (string)item!["collectionId"]!["owner"]!));
        Assert.Equal(11, await _api.PairCountAsync(owner, "testCollection"));
        Assert.Equal(5, await _api.PairCountAsync(owner, "testCollectionB"));
        Assert.Equal(3, await _api.PairCountAsync(owner, "testCollectionC"));
        Assert.Contains(owner, JsonRead.Strings(owners));
    }

    [Fact]
    public async Task MultiConsensusGroupIds_Fixture_AreTheConsensusSections()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pGroups = await _api.GetJsonAsync($"{collection}/multiConsensusPGroupIds");
        var groups = await _api.GetJsonAsync($"{collection}/multiConsensusGroupIds");

        Assert.Equal(["section10", "section13"], JsonRead.Strings(pGroups));
        Assert.Equal(["section10", "section11", "section12", "section13", "section14"], JsonRead.Strings(groups));
    }

    [Fact]
    public async Task GroupIds_Fixture_AreDistinctAndSorted()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pGroups = JsonRead.Strings(await _api.GetJsonAsync($"{collection}/pGroupIds/"));
        var qGroups = JsonRead.Strings(await _api.GetJsonAsync($"{collection}/qGroupIds"));
        var groups = JsonRead.Strings(await _api.GetJsonAsync($"{collection}/groupIds"));

        Assert.Equal(["section0", "section1", "section10", "section13"], pGroups);
        Assert.Equal(["section1", "section11", "section12", "section14", "section2"], qGroups);
        Assert.Equal(["section0", "section1", "section10", "section11", "section12", "section13", "section14", "section2"], groups);
    }

    [Fact]
    public async Task PGroupMatches_Section1_AreTheThreeWithThatPGroupInOrder()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/pGroup/section1/matches/");

        Assert.Equal(["section1/tile1.1-section1/tile1.2", "section1/tile1.3-section1/tile1.4", "section1/tile1.1-section2/tile2.1"], PairIds(pairs));
        Assert.All(pairs, pair => Assert.Equal(3, (int)pair!["matchCount"]!));
    }

    [Fact]
    public async Task WithinAndOutsideGroup_Section1_TwoEach()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var within = await _api.GetArrayAsync($"{collection}/group/section1/matchesWithinGroup");
        var outside = await _api.GetArrayAsync($"{collection}/group/section1/matchesOutsideGroup");

        Assert.Equal(["section1/tile1.1-section1/tile1.2", "section1/tile1.3-section1/tile1.4"], PairIds(within));
        Assert.Equal(["section0/tile0.1-section1/tile1.1", "section1/tile1.1-section2/tile2.1"], PairIds(outside));
    }

    [Theory]
    [InlineData("section1", "section2")]
    [InlineData("section2", "section1")]
    public async Task MatchesWith_EitherGroupOrder_FindsTheOnePair(string first, string second)
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/group/{first}/matchesWith/{second}");

        Assert.Equal(["section1/tile1.1-section2/tile2.1"], PairIds(pairs));
    }

    [Fact]
    public async Task BetweenCanvases_GivenInReverse_ReturnsTheNormalizedPair()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/group/section1/id/tile1.1/matchesWith/section0/id/tile0.1");

        Assert.Equal(["section0/tile0.1-section1/tile1.1"], PairIds(pairs));
        Assert.Equal([1.0, 1.0, 1.0], JsonRead.Doubles(pairs[0]!["matches"]!["w"]));
        Assert.Equal([4.9, 4.91, 4.92], JsonRead.Doubles(pairs[0]!["matches"]!["p"]![0]));
    }

    [Fact]
    public async Task InvolvingCanvas_Tile11_GivesItsThreePairs()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/group/section1/id/tile1.1/");

        Assert.Equal(
            ["section0/tile0.1-section1/tile1.1", "section1/tile1.1-section1/tile1.2", "section1/tile1.1-section2/tile2.1"], PairIds(pairs));
    }

    [Fact]
    public async Task CanvasWithGroup_Tile11AndSection1_GivesTheOneWithinPair()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/group/section1/id/tile1.1/matchesWith/section1");
        var fromQSide = await _api.GetArrayAsync($"{collection}/group/section1/id/tile1.1/matchesWith/section0");

        Assert.Equal(["section1/tile1.1-section1/tile1.2"], PairIds(pairs));
        Assert.Equal(["section0/tile0.1-section1/tile1.1"], PairIds(fromQSide));
    }

    [Fact]
    public async Task MergeCollection_WithB_GivesFourPairsAndTile13HasSixMatches()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        var pairs = await _api.GetArrayAsync($"{CollectionPath(owner, "testCollection")}/group/section1/matchesWithinGroup?mergeCollection=testCollectionB");

        Assert.Equal(
            ["section1/tile1.1-section1/tile1.2", "section1/tile1.1b-section1/tile1.2b", "section1/tile1.3-section1/tile1.4", "section1/tile1.5-section1/tile1.6"],
            PairIds(pairs));
        Assert.Equal([3, 3, 6, 3], MatchCounts(pairs));
        var merged = pairs.Single(pair => (string)pair!["pId"]! == "tile1.3")!;
        Assert.Equal(6, (int)merged["matchCount"]!);
        Assert.Equal([1.0, 1.0, 1.0, 91.0, 91.0, 91.0], JsonRead.Doubles(merged["matches"]!["w"]));
        Assert.Equal(6, merged["matches"]!["p"]![1]!.AsArray().Count);
    }

    [Fact]
    public async Task MergeCollection_BCAndBAgain_GivesFivePairsWithDuplicatesIgnored()
    {
        var owner = await _api.ImportFixtureCollectionsAsync();

        var pairs = await _api.GetArrayAsync(
            $"{CollectionPath(owner, "testCollection")}/group/section1/matchesWithinGroup?mergeCollection=testCollectionB&mergeCollection=testCollectionC&mergeCollection=testCollectionB");

        Assert.Equal(5, pairs.Count);
        var counts = pairs.ToDictionary(pair => (string)pair!["pId"]!, pair => (int)pair!["matchCount"]!);
        Assert.Equal(9, counts["tile1.3"]);
        Assert.Equal(6, counts["tile1.1b"]);
        Assert.Equal(3, counts["tile1.1"]);
        Assert.Equal(3, counts["tile1.0c"]);
        Assert.Equal(3, counts["tile1.5"]);
    }

    [Fact]
    public async Task ExcludeMatchDetails_PGroup_OmitsMatchesKeepsCount()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/pGroup/section10/matches?excludeMatchDetails=TRUE");
        var counts = await _api.GetArrayAsync($"{collection}/pGroup/section10/matchCounts");

        Assert.Equal(4, pairs.Count);
        Assert.All(pairs, pair => Assert.Null(pair!["matches"]));
        Assert.All(pairs, pair => Assert.Equal(1, (int)pair!["matchCount"]!));
        Assert.NotNull(pairs[0]!["consensusSetData"]);
        Assert.Equal(pairs.ToJsonString(), counts.ToJsonString());
    }

    [Fact]
    public async Task ExcludeMatchDetails_NotTrue_KeepsMatches()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");

        var pairs = await _api.GetArrayAsync($"{collection}/pGroup/section1/matches?excludeMatchDetails=yes");

        Assert.All(pairs, pair => Assert.NotNull(pair!["matches"]));
    }

    [Fact]
    public async Task ConsensusPair_RoundTrips_WithItsSetData()
    {
        var collection = CollectionPath(await _api.ImportFixtureCollectionsAsync(), "testCollection");
        var expected = JsonNode.Parse(Fixtures.Read("render-ws/mongodb/match.json"))![4]!;

        var pairs = await _api.GetArrayAsync($"{collection}/group/section10/id/tileA_set_section10_section_11_0");

        var pair = Assert.Single(pairs)!;
        Assert.True(JsonNode.DeepEquals(expected["consensusSetData"], pair["consensusSetData"]), pair.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected["matches"], pair["matches"]), pair.ToJsonString());
    }

    private static int[] MatchCounts(JsonArray pairs) => [.. pairs.Select(pair => (int)pair!["matchCount"]!)];
}

public sealed class MatchSqliteTests(SqliteServerFixture server) : MatchContract(server), IClassFixture<SqliteServerFixture>;
public sealed class MatchPostgresTests(PostgresServerFixture server) : MatchContract(server), IClassFixture<PostgresServerFixture>;
