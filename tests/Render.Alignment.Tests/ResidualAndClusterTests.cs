using Render.Alignment.Clusters;
using Render.Alignment.Residuals;
using Render.Model;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;
using static Render.Alignment.Tests.RenderSemanticsTests;

namespace Render.Alignment.Tests;

/// <summary>render-ws's pairResidualCalculation and clusteredTileBoundsForCollection computations.</summary>
public sealed class ResidualAndClusterTests
{
    private static readonly StackId Aligned = new("o", "p", "aligned");

    [Fact]
    public void Calculate_PairStoredTheOtherWayRound_MapsEachPointThroughItsOwnTiles()
    {
        // match stack: a at the origin, b at x + 50; aligned stack: a at x + 10, b at x + 61 (1 px off)
        var matchA = Tile("a", Translation(0, 0));
        var matchB = Tile("b", Translation(50, 0));
        var alignedA = Tile("a", Translation(10, 0));
        var alignedB = Tile("b", Translation(61, 0));
        var stored = new CanvasMatches("1", "b", "1", "a", Matches: new Matches([[60, 70, 90], [10, 50, 90]], [[60, 70, 90], [10, 50, 90]], [1, 1, 1]));
        var input = new ResidualInputData("a", "b", new StackId("o", "p", "montage"), new MatchCollectionId("o", "m"), IncludeDetails: true);

        var result = PairResidualCalculator.Calculate(Aligned, input, stored, matchA, matchB, alignedA, alignedB);

        Assert.Equal([1.0, 1.0, 1.0], result.DistanceList!, (x, y) => Math.Abs(x - y) < 1e-6);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (Math.Round(result.MedianDistance!.Value, 6), Math.Round(result.MeanDistance!.Value, 6), Math.Round(result.MaxDistance!.Value, 6), Math.Round(result.RootMeanSquareError!.Value, 6)));
        Assert.Same(input, result.InputData);
    }

    [Fact]
    public void Summarise_EvenCountWithoutDetails_AsRendersResidualCalculator()
    {
        var input = new ResidualInputData("a", "b");

        var result = PairResidualCalculator.Summarise(Aligned, input, [3, 1, 4, 0]);

        Assert.Equal(2.0, result.MedianDistance);
        Assert.Equal(2.0, result.MeanDistance);
        Assert.Equal(4.0, result.MaxDistance);
        Assert.Equal(Math.Sqrt(26 / 4.0), result.RootMeanSquareError);
        Assert.Null(result.DistanceList);
        Assert.Equal(
            "{\"alignedStackId\":{\"owner\":\"o\",\"project\":\"p\",\"stack\":\"aligned\"},\"inputData\":{\"pTileId\":\"a\",\"qTileId\":\"b\"}," +
            "\"medianDistance\":2,\"meanDistance\":2,\"maxDistance\":4,\"rootMeanSquareError\":2.5495097567963922}",
            AlignmentJson.Serialize(result));
    }

    [Fact]
    public void Calculate_NoMatchInsideItsTiles_SaysNoneAreInvertible()
    {
        var stored = new CanvasMatches("1", "a", "1", "b", Matches: new Matches([[5000], [5000]], [[5000], [5000]], [1]));
        var input = new ResidualInputData("a", "b", MatchCollectionId: new MatchCollectionId("o", "m"));
        var a = Tile("a", Translation(0, 0));
        var b = Tile("b", Translation(0, 0));

        var error = Assert.Throws<RenderInputException>(() => PairResidualCalculator.Calculate(Aligned, input, stored, a, b, a, b));

        Assert.EndsWith("has 1 matches between a and b but none of them are invertible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseResidualInput_RenderWsBody_ReadsEveryField()
    {
        var input = AlignmentJson.ParseResidualInput(
            "{\"pTileId\":\"a\",\"qTileId\":\"b\",\"matchRenderStackId\":{\"owner\":\"o\",\"project\":\"p\",\"stack\":\"s\"}," +
            "\"matchCollectionId\":{\"owner\":\"o\",\"name\":\"m\"},\"includeDetails\":true}");

        Assert.Equal(new ResidualInputData("a", "b", new StackId("o", "p", "s"), new MatchCollectionId("o", "m"), true), input);
    }

    [Fact]
    public void Cluster_LayerWithTwoGroupsAndALoneTile_LargestFirstLoneTileLeftOut()
    {
        TileBounds Box(string id, string? section = "s") => new(0, 0, 10, 10, id, section, 1);
        var layer = new[] { Box("a"), Box("b"), Box("c"), Box("d"), Box("e"), Box("lone"), Box("nosection", null) };
        var matches = new[]
        {
            new CanvasMatches("s", "d", "s", "e"),
            new CanvasMatches("s", "a", "s", "b"),
            new CanvasMatches("s", "c", "s", "b"),
            new CanvasMatches("s", "a", "t", "elsewhere"),
            new CanvasMatches("s", "lone", "s", "nosection"),
        };

        var clusters = TileClusters.Cluster(layer, matches);

        Assert.Equal([["a", "b", "c"], ["d", "e"]], clusters.Select(cluster => cluster.Select(tile => tile.TileId!).ToArray()).ToArray());
        Assert.StartsWith("[[{\"minX\":0,\"minY\":0,\"maxX\":10,\"maxY\":10,\"tileId\":\"a\",\"sectionId\":\"s\",\"z\":1}", AlignmentJson.Serialize(clusters), StringComparison.Ordinal);
    }
}
