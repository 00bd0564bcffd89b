using Render.Matching.TilePairs;
using Render.Model.PointMatches;

namespace Render.Matching.Tests.TilePairs;

/// <summary>render's TileBoundsRTreeTest.testGetCircleNeighbors and testGetCanvasIdPairs.</summary>
public sealed class NeighborPairsTests
{
    private static TileBoundsIndex Layer(double z, params int[] indexes) =>
        new(z, [.. (indexes.Length == 0 ? Enumerable.Range(0, 9) : indexes).Select(i => TileBoundsIndexTests.GridTile(i, z))]);

    [Fact]
    public void Find_TwoTilesAgainstTwoFullLayers_FindsRendersTwentyOnePairs()
    {
        var layer = Layer(1, 0, 1);

        var pairs = NeighborPairs.Find(layer.Tiles, layer, [Layer(2), Layer(3)], new TilePairOptions(XyNeighborFactor: 1.1, ExcludeCornerNeighbors: false));

        Assert.Equal(21, pairs.Count);
        Assert.Single(pairs, pair => pair.AbsoluteDeltaZ is null);
        Assert.Equal(10, pairs.Count(pair => pair.AbsoluteDeltaZ == 2));
    }

    [Fact]
    public void Find_ExplicitRadiusOfOne_PairsOnlyTheSameColumn()
    {
        var layer = Layer(1, 0, 1);

        var pairs = NeighborPairs.Find(layer.Tiles, layer, [Layer(2), Layer(3)], new TilePairOptions(XyNeighborFactor: 1.1, ExplicitRadius: 1, ExcludeCornerNeighbors: false));

        Assert.Equal(
            ["tile-1.0-0 tile-2.0-0", "tile-1.0-0 tile-3.0-0", "tile-1.0-1 tile-2.0-1", "tile-1.0-1 tile-3.0-1"],
            pairs.Select(pair => $"{pair.P!.Id} {pair.Q!.Id}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false, 8)]
    [InlineData(true, 4)]
    public void Find_CentreOfOverlappingGrid_CornerExclusionDropsTheFourDiagonals(bool excludeCorners, int expected)
    {
        var tiles = new List<LayerTile>();
        for (var x = 0; x < 30; x += 10)
        {
            for (var y = 0; y < 30; y += 10)
            {
                tiles.Add(new LayerTile($"tile-{tiles.Count}", "99.0", 99, x, y, x + 12, y + 12));
            }
        }

        var layer = new TileBoundsIndex(99, tiles);

        var pairs = NeighborPairs.Find([tiles[4]], layer, [], new TilePairOptions(XyNeighborFactor: 10, ExcludeCornerNeighbors: excludeCorners));

        Assert.Equal(expected, pairs.Count);
    }

    [Fact]
    public void Find_SameLayerPair_CarriesRelativePositionsAndNoDeltaZ()
    {
        var layer = new TileBoundsIndex(1, [new LayerTile("b", "s", 1, 90, 0, 190, 100), new LayerTile("a", "s", 1, 0, 0, 100, 100)]);

        var pair = Assert.Single(NeighborPairs.Find(layer.Tiles, layer, [], new TilePairOptions()));

        Assert.Equal(new CanvasId("s", "a", MontageRelativePosition.Left), pair.P);
        Assert.Equal(new CanvasId("s", "b", MontageRelativePosition.Right), pair.Q);
        Assert.Null(pair.AbsoluteDeltaZ);
    }
}
