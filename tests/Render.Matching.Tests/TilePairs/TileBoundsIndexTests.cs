using Render.Matching.TilePairs;

namespace Render.Matching.Tests.TilePairs;

/// <summary>render's TileBoundsRTreeTest cases: a 3 × 3 grid of 10 × 10 tiles overlapping by one pixel.</summary>
public sealed class TileBoundsIndexTests
{
    private static TileBoundsIndex Grid(double z, params LayerTile[] extra) =>
        new(z, [.. Enumerable.Range(0, 9).Select(i => GridTile(i, z)), .. extra]);

    internal static LayerTile GridTile(int index, double z)
    {
        double minX = index % 3 * 9.0, minY = index / 3 * 9.0;
        return new LayerTile($"tile-{z:0.0}-{index}", z.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), z, minX, minY, minX + 10, minY + 10);
    }

    private static string[] Ids(IEnumerable<LayerTile> tiles) => [.. tiles.Select(tile => tile.TileId).Order(StringComparer.Ordinal)];

    [Fact]
    public void FindInBox_FourTileBox_FindsTheFourTilesItTouches()
    {
        Assert.Equal(["tile-1.0-0", "tile-1.0-1", "tile-1.0-3", "tile-1.0-4"], Ids(Grid(1).FindInBox(5, 5, 15, 15)));
    }

    [Fact]
    public void FindInCircle_SmallAndLargeCircles_FindRendersTiles()
    {
        var grid = Grid(1);

        Assert.Equal(["tile-1.0-0", "tile-1.0-1", "tile-1.0-3", "tile-1.0-4"], Ids(grid.FindInCircle(10, 10, 5)));
        Assert.Equal(9, grid.FindInCircle(15, 15, 11).Count);
    }

    [Fact]
    public void FindInCircle_BoxExactlyAtTheRadius_IsFound()
    {
        var index = new TileBoundsIndex(1, [new LayerTile("a", "s", 1, 10, 0, 20, 5)]);

        Assert.Single(index.FindInCircle(0, 0, 10));
        Assert.Empty(index.FindInCircle(0, 0, 9.999));
    }

    [Fact]
    public void FindVisibleTiles_ReacquiredTileOverTheCentre_HidesOnlyTheCentreTile()
    {
        var visible = Grid(1, new LayerTile("zzz-1", "1", 1, 5, 5, 25, 25)).FindVisibleTiles();

        Assert.Equal(9, visible.Count);
        Assert.DoesNotContain(visible, tile => tile.TileId == "tile-1.0-4");
    }

    [Fact]
    public void FindVisibleTiles_TwoReacquiredTilesAndALesserId_HideTwoTiles()
    {
        var grid = Grid(
            1,
            new LayerTile("zzz-1", "1", 1, 5, 5, 25, 25),
            new LayerTile("zzz-2", "1", 1, 0, 0, 15, 15),
            new LayerTile("aaa-3", "1", 1, -10, 12, 15, 25));

        // tile-0 and tile-4 lie under zzz-2 and zzz-1; aaa-3 sorts before every tile id and covers nothing.
        Assert.Equal(10, grid.FindVisibleTiles().Count);
    }

    [Fact]
    public void FindVisibleTiles_TileCoveredByTwoHalves_IsObscured()
    {
        var index = new TileBoundsIndex(1, [
            new LayerTile("a", "s", 1, 0, 0, 10, 10),
            new LayerTile("b", "s", 1, -1, -1, 5, 11),
            new LayerTile("c", "s", 1, 5, -1, 11, 11)]);

        Assert.Equal(["b", "c"], Ids(index.FindVisibleTiles()));
    }
}
