using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;
using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class PointMatchesChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_PairsWithinTheFirstSection_ReadBackEqual()
    {
        var tour = await RunAsync();

        // On 3 columns by 2 rows: 4 pairs side by side, 3 one above the other, 4 diagonal.
        Assert.Equal(11, tour.MontagePairs.Count);
        AssertSamePairs(tour.MontagePairs, tour.WithinGroup);
    }

    [Fact]
    public async Task RunAsync_PairsToTheNextSection_ReadBackEqualOutsideTheGroup()
    {
        var tour = await RunAsync();

        Assert.Equal(6, tour.CrossPairs.Count);
        AssertSamePairs(tour.CrossPairs, tour.OutsideGroup);
        Assert.All(tour.OutsideGroup, pair => Assert.Equal(("0.0", "1.0"), (pair.PGroupId, pair.QGroupId)));
    }

    [Fact]
    public async Task RunAsync_ListingAndTilePair_ReportWhatWasSaved()
    {
        var tour = await RunAsync();

        Assert.Equal(tour.MontagePairs.Count + tour.CrossPairs.Count, tour.ListedPairCount);
        AssertSamePairs([tour.MontagePairs[0]], tour.BetweenCanvases);
    }

    [Fact]
    public async Task RunAsync_Deletes_LeaveNoPairsBetweenTheSectionsAndNoCollection()
    {
        var tour = await RunAsync();

        Assert.NotEmpty(tour.OutsideGroup);
        Assert.Empty(tour.OutsideAfterDelete);
        Assert.DoesNotContain(await server.Client.Matches.GetCollectionsAsync(), meta => meta.CollectionId == tour.Collection);
    }

    [Fact]
    public async Task RunAsync_EveryMatch_IsOneWorldPointSeenFromBothTiles()
    {
        var acquired = await server.AcquireAsync();
        var tour = await PointMatchesChapter.RunAsync(server.Client, acquired.StackId, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);

        var tiles = (await server.Client.Tiles.GetLayerAsync(acquired.StackId, 0))
            .Concat(await server.Client.Tiles.GetLayerAsync(acquired.StackId, 1))
            .ToDictionary(tile => tile.TileId!);
        Assert.All(tour.MontagePairs.Concat(tour.CrossPairs), pair =>
        {
            var matches = pair.Matches!;
            Assert.Equal(9, matches.W!.Length);
            for (var i = 0; i < matches.W.Length; i++)
            {
                var p = tiles[pair.PId!].GetWorldCoordinates(matches.P![0][i], matches.P[1][i]);
                var q = tiles[pair.QId!].GetWorldCoordinates(matches.Q![0][i], matches.Q[1][i]);
                Assert.Equal(p[0], q[0], 1e-6);
                Assert.Equal(p[1], q[1], 1e-6);
            }
        });
    }

    private async Task<PointMatchesTour> RunAsync()
    {
        var acquired = await server.AcquireAsync();
        return await PointMatchesChapter.RunAsync(server.Client, acquired.StackId, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);
    }

    /// <summary>The same pairs (by canvas ids, in any order) with the same points and weights.</summary>
    private static void AssertSamePairs(IReadOnlyList<CanvasMatches> saved, IReadOnlyList<CanvasMatches> read)
    {
        static string Key(CanvasMatches pair) => $"{pair.PGroupId}/{pair.PId}~{pair.QGroupId}/{pair.QId}";
        var byKey = read.ToDictionary(Key);
        Assert.Equal(saved.Select(Key).Order(StringComparer.Ordinal), byKey.Keys.Order(StringComparer.Ordinal));
        Assert.All(saved, pair =>
        {
            var back = byKey[Key(pair)].Matches!;
            Assert.Equal(pair.Matches!.P!, back.P!);
            Assert.Equal(pair.Matches.Q!, back.Q!);
            Assert.Equal(pair.Matches.W!, back.W!);
        });
    }
}
