using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;
using Render.Model.Tiles;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class CoordinatesChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_TileCentre_MapsToItsLocalCoordinatesAndBack()
    {
        var acquired = await server.AcquireAsync();

        var tour = await CoordinatesChapter.RunAsync(server.Client, acquired.StackId, 2, TextWriter.Null, CancellationToken.None);

        // The tile's own geometry, computed here from its spec, says where the point must land.
        var tile = await server.Client.Tiles.GetAsync(acquired.StackId, tour.Tile.TileId!);
        var expected = tile.GetLocalCoordinates(tour.World[0], tour.World[1], tile.MeshCellSize);
        Assert.Equal(tour.Tile.TileId, tour.Local.TileId);
        Assert.Equal(expected[0], tour.Local.Local![0], 0.01);
        Assert.Equal(expected[1], tour.Local.Local[1], 0.01);
        Assert.Equal(tour.World[0], tour.BackToWorld.World![0], 0.01);
        Assert.Equal(tour.World[1], tour.BackToWorld.World[1], 0.01);
    }

    [Fact]
    public async Task RunAsync_Batch_AnswersEveryPointInOrderWithAnErrorForThePointOnNoTile()
    {
        var acquired = await server.AcquireAsync();

        var tour = await CoordinatesChapter.RunAsync(server.Client, acquired.StackId, 2, TextWriter.Null, CancellationToken.None);

        Assert.Equal(3, tour.BatchLocal.Count);
        Assert.Equal(tour.Local.TileId, Assert.Single(tour.BatchLocal[0], entry => entry.Visible == true).TileId);
        Assert.Single(tour.BatchLocal[1], entry => entry.Visible == true && entry.Error is null);
        Assert.NotEqual(tour.BatchLocal[0][0].TileId, tour.BatchLocal[1][0].TileId);
        var offTile = Assert.Single(tour.BatchLocal[2]);
        Assert.False(string.IsNullOrEmpty(offTile.Error));
        Assert.Null(offTile.Local);
    }

    [Fact]
    public async Task RunAsync_Batch_MapsTheLocalPointsBackToTheirWorldPoints()
    {
        var acquired = await server.AcquireAsync();

        var tour = await CoordinatesChapter.RunAsync(server.Client, acquired.StackId, 2, TextWriter.Null, CancellationToken.None);

        Assert.Equal(2, tour.BatchBackToWorld.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Null(tour.BatchBackToWorld[i].Error);
            Assert.Equal(tour.BatchWorldPoints[i].World![0], tour.BatchBackToWorld[i].World![0], 0.01);
            Assert.Equal(tour.BatchWorldPoints[i].World![1], tour.BatchBackToWorld[i].World![1], 0.01);
        }
    }
}
