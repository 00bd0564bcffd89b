using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class SyntheticAcquisitionChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_SmallGrid_ImportsSectionsTimesTilesAndCompletes()
    {
        var log = new StringWriter();

        var acquired = await server.AcquireAsync(log);

        var meta = await server.Client.Stacks.GetMetaDataAsync(acquired.StackId);
        Assert.Equal(StackState.Complete, meta.State);
        Assert.Equal(18, meta.Stats?.TileCount);
        Assert.Equal(3, meta.Stats?.SectionCount);
        Assert.Equal([0.0, 1.0, 2.0], await server.Client.Sections.GetZValuesAsync(acquired.StackId));
        Assert.Equal(["0.0", "1.0", "2.0"], (await server.Client.Sections.GetDataAsync(acquired.StackId)).Select(section => section.SectionId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SmallGrid_ReportsProgressUpToEveryTile()
    {
        var log = new StringWriter();

        var acquired = await server.AcquireAsync(log);

        Assert.Equal(18, acquired.TilesReported);
        Assert.Contains("18/18 tiles stored", log.ToString(), StringComparison.Ordinal);
        Assert.True(acquired.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task RunAsync_SmallGrid_LayerBoundsAreTheStageGrid()
    {
        var acquired = await server.AcquireAsync();

        // 3 columns by 2 rows of 2048-pixel tiles, 1848 pixels apart.
        var bounds = await server.Client.Sections.GetBoundsAsync(acquired.StackId, 1);
        const double step = AcquisitionGrid.TileSize - AcquisitionGrid.Overlap;
        Assert.Equal((0.0, 0.0, (2 * step) + AcquisitionGrid.TileSize, step + AcquisitionGrid.TileSize), (bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY));
    }

    [Fact]
    public void BuildTiles_GuideGrid_Has100000TilesInRowsOf15()
    {
        var grid = AcquisitionGrid.Guide;

        Assert.Equal(100_000, grid.TileCount);
        Assert.Equal(15, grid.Columns);
        var last = SyntheticAcquisitionChapter.BuildTile(grid, 499, 199);
        Assert.Equal(("z499-r13-c4", 499.0, "499.0"), (last.TileId, last.Z, last.Layout?.SectionId));
    }

    [Fact]
    public void BuildTile_RowNeighbours_OverlapByTheStatedOverlap()
    {
        var grid = GuideServerFixture.SmallGrid;

        var left = SyntheticAcquisitionChapter.BuildTile(grid, 0, 0).DeriveBoundingBox(64);
        var right = SyntheticAcquisitionChapter.BuildTile(grid, 0, 1).DeriveBoundingBox(64);

        Assert.Equal(AcquisitionGrid.Overlap, left.MaxX - right.MinX);
        Assert.Equal((left.MinY, left.MaxY), (right.MinY, right.MaxY));
    }

    [Theory]
    [InlineData(new string[0], 500, 200)]
    [InlineData(new[] { "20", "36" }, 20, 36)]
    public void FromArguments_NoneOrTwoNumbers_GiveTheGrid(string[] args, int sections, int tilesPerSection)
    {
        var grid = AcquisitionGrid.FromArguments(args);

        Assert.Equal((sections, tilesPerSection), (grid.Sections, grid.TilesPerSection));
    }

    [Theory]
    [InlineData("20")]
    [InlineData("1", "36")]
    [InlineData("20", "0")]
    [InlineData("20", "many")]
    [InlineData("20", "36", "7")]
    public void FromArguments_OtherArguments_Throw(params string[] args)
    {
        Assert.Throws<ArgumentException>(() => AcquisitionGrid.FromArguments(args));
    }
}
