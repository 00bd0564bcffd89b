using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class RenderParametersChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_Tile_ParametersCoverItsBoxAtTheScale()
    {
        var acquired = await server.AcquireAsync();

        var tour = await RenderParametersChapter.RunAsync(server.Client, acquired.StackId, 0, TextWriter.Null, CancellationToken.None);

        var tile = tour.Tile;
        Assert.Equal(tile.TileId, Assert.Single(tour.ForTile.TileSpecs).TileId);
        Assert.Equal((tile.MinX, tile.MinY), (tour.ForTile.X, tour.ForTile.Y));
        Assert.Equal(RenderParametersChapter.TileScale, tour.ForTile.Scale);

        // render-python's test: the width is the box's, give or take render's off-by-one convention.
        Assert.InRange(tour.ForTile.Width - (tile.MaxX!.Value - tile.MinX!.Value), -1, 1);
        Assert.InRange(tour.ForTile.Height - (tile.MaxY!.Value - tile.MinY!.Value), -1, 1);
    }

    [Fact]
    public async Task RunAsync_Box_ParametersHoldTheFourTilesItCrosses()
    {
        var acquired = await server.AcquireAsync();

        var tour = await RenderParametersChapter.RunAsync(server.Client, acquired.StackId, 0, TextWriter.Null, CancellationToken.None);

        var box = tour.Box;
        var crossed = (await server.Client.Sections.GetTileBoundsAsync(acquired.StackId, 0))
            .Where(tile => tile.MinX < box.X + box.Width && tile.MaxX > box.X && tile.MinY < box.Y + box.Height && tile.MaxY > box.Y)
            .Select(tile => tile.TileId!)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["z0-r0-c0", "z0-r0-c1", "z0-r1-c0", "z0-r1-c1"], crossed);
        Assert.Equal(crossed, tour.ForBox.TileSpecs.Select(tile => tile.TileId!).Order(StringComparer.Ordinal));
        Assert.Equal((box.X, box.Y, 0.25), (tour.ForBox.X, tour.ForBox.Y, tour.ForBox.Scale));
    }
}
