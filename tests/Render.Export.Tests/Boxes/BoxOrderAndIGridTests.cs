using Render.Export.Boxes;
using Render.Export.Rendering;
using Render.Model.Jobs;
using Render.Model.Tiles;

namespace Render.Export.Tests.Boxes;

/// <summary>render's BoxClient --sortByClusterGroupId and --createIGrid.</summary>
public sealed class BoxOrderAndIGridTests : IDisposable
{
    // Two tiles of 300 pixels 200 apart: they overlap in x 200..300.
    private readonly TestStack _stack = TestStack.Create(2, 1, 300, 200, [5]);

    public void Dispose() => _stack.Dispose();

    [Fact]
    public void ClusterGroupOrder_GroupsDescendingThenTileIds_UngroupedLast()
    {
        TileSpec[] tiles = [new(TileId: "0"), new(TileId: "2", GroupId: "b"), new(TileId: "1", GroupId: "a"), new(TileId: "1", GroupId: "b")];

        var ordered = tiles.Order(ClusterGroupOrder.Instance).Select(t => $"{t.GroupId}/{t.TileId}");

        Assert.Equal(["b/1", "b/2", "a/1", "/0"], ordered);
    }

    [Theory]
    [InlineData(false, "z5-r0-c1")] // tileId order: the second tile is drawn last, on top
    [InlineData(true, "z5-r0-c0")] // cluster order: group "a" (the largest cluster) is drawn last, on top
    public async Task GenerateLayer_OverlappingClusters_TopTileFollowsTheOrder(bool sort, string onTop)
    {
        var tiles = _stack.Tiles.Select(t => t with { GroupId = t.TileId!.EndsWith("c0", StringComparison.Ordinal) ? "a" : "b" }).ToList();
        var layers = new LayerTiles(tiles);
        var options = new BoxOptions(Path.Combine(_stack.Folder, "boxes"), "p", "s", 512, 512, SortByClusterGroupId: sort);
        var generator = new BoxPyramidGenerator(options, layers.StackBounds(), layers);

        await generator.GenerateLayerAsync(5, layers.LayerBounds(5)!, WorkPart.All);

        using var box = TestStack.Read(generator.Paths.Box(0, 5, 0, 0));
        using var first = TestStack.Read(Path.Combine(_stack.Folder, "images", "z5-r0-c0.png"));
        using var second = TestStack.Read(Path.Combine(_stack.Folder, "images", "z5-r0-c1.png"));
        var expected = onTop.EndsWith("c0", StringComparison.Ordinal) ? first.Gray![250, 100] : second.Gray![50, 100];
        var other = onTop.EndsWith("c0", StringComparison.Ordinal) ? second.Gray![50, 100] : first.Gray![250, 100];
        Assert.True(Math.Abs(expected - other) > 5, "the test needs tiles that differ where they overlap");
        Assert.InRange(box.Gray![250, 100], expected - 1, expected + 1);
    }

    [Fact]
    public async Task GenerateLayer_CreateIGrid_ListsEveryBoxOfTheGridRowByRow()
    {
        var layers = new LayerTiles(_stack.Tiles);
        var options = new BoxOptions(Path.Combine(_stack.Folder, "boxes"), "p", "s", 256, 256, CreateIGrid: true);
        var generator = new BoxPyramidGenerator(options, layers.StackBounds(), layers);

        await generator.GenerateLayerAsync(5, layers.LayerBounds(5)!, WorkPart.All);

        // Layer 0..500 x 0..300: columns 0..1, rows 0..1.
        var lines = File.ReadAllText(Path.Combine(generator.Paths.BoxDirectory, "0", "iGrid", "5.0.iGrid")).Split('\n');
        Assert.Equal(["Columns: 2", "Rows: 2", generator.Paths.Box(0, 5, 0, 0), generator.Paths.Box(0, 5, 0, 1), generator.Paths.Box(0, 5, 1, 0), generator.Paths.Box(0, 5, 1, 1), string.Empty], lines);
    }

    [Fact]
    public void IGridText_MissingBoxes_NameTheEmptyImage()
    {
        var boxes = new Dictionary<(int Row, int Column), string> { [(1, 2)] = "/b/0/5/1/2.png" };

        var text = IGridFile.Text(2, 3, boxes, "/b/empty.png");

        Assert.Equal("Columns: 3\nRows: 2\n" + string.Concat(Enumerable.Repeat("/b/empty.png\n", 5)) + "/b/0/5/1/2.png\n", text);
    }
}
