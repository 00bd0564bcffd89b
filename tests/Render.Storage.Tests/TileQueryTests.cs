namespace Render.Storage.Tests;

public sealed class TileQueryTests
{
    [Fact]
    public void Box_SetsRenderIntersectionLimits()
    {
        var query = TileQuery.Box(3903, 1000, 3000, 5000, 2000, "A");

        Assert.Equal(3903, query.Z);
        Assert.Equal("A", query.GroupId);
        Assert.Equal(1000, query.ReachesMinX);
        Assert.Equal(6000, query.ReachesMaxX);
        Assert.Equal(3000, query.ReachesMinY);
        Assert.Equal(5000, query.ReachesMaxY);
        Assert.True(query.HasBox);
        Assert.Equal(TileOrder.TileId, query.Order);
    }

    [Fact]
    public void Point_IsAnEmptyBoxAtThePoint()
    {
        var query = TileQuery.Point(1, 2.5, -3.5);

        Assert.Equal((2.5, 2.5, -3.5, -3.5), (query.ReachesMinX, query.ReachesMaxX, query.ReachesMinY, query.ReachesMaxY));
    }

    [Fact]
    public void PartialLimits_AreNotABox()
    {
        Assert.False(new TileQuery { Z = 1, ReachesMinX = 0, ReachesMaxX = 1 }.HasBox);
        Assert.False(TileQuery.All.HasBox);
        Assert.Null(TileQuery.Layer(2).GroupId);
    }
}
