using Render.Model;
using Render.Model.PointMatches;
using Render.Model.Transforms;
using static Render.Alignment.Tests.RenderSemanticsTests;

namespace Render.Alignment.Tests;

/// <summary>Input that cannot be solved fails with a message, before anything is produced.</summary>
public sealed class BadInputTests
{
    private static readonly double[] Xs = [10, 50, 20, 70];
    private static readonly double[] Ys = [10, 20, 60, 80];

    [Fact]
    public void Solve_NoMatchesAtAll_SaysSo()
    {
        var error = Assert.Throws<RenderInputException>(() =>
            AlignmentSolver.Solve([Tile("a", Translation(0, 0))], null, [], new SolveOptions()));

        Assert.StartsWith("no usable point matches: 0 pairs given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_OnlyPairsWithTilesNotInTheInput_SaysHowManyWereIgnored()
    {
        var error = Assert.Throws<RenderInputException>(() =>
            AlignmentSolver.Solve([Tile("a", Translation(0, 0))], null, [Pair("a", "x", Xs, Ys, Xs, Ys), Pair("y", "z", Xs, Ys, Xs, Ys)], new SolveOptions()));

        Assert.Contains("2 pairs given, 2 name a tile that is not among the 1 input tiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_PairWithCollinearPointsForAnAffine_NamesTheDegeneratePair()
    {
        double[] line = [10, 20, 30, 40];
        var tiles = new[] { Tile("a", Translation(0, 0)), Tile("b", Translation(50, 0)) };

        var error = Assert.Throws<RenderInputException>(() =>
            AlignmentSolver.Solve(tiles, null, [Pair("a", "b", line, [.. line.Select(x => (2 * x) + 1)], line, line)], new SolveOptions()));

        Assert.Equal("pair (a, b): its 4 matches lie on one line in a tile, which cannot determine an affine tile model (a degenerate pair)", error.Message);
    }

    [Fact]
    public void Solve_CollinearPointsForATranslation_AreFine()
    {
        double[] line = [10, 20, 30, 40];
        var tiles = new[] { Tile("a", Translation(0, 0)), Tile("b", Translation(50, 0)) };

        var result = AlignmentSolver.Solve(tiles, null, [Pair("a", "b", line, line, [.. line.Select(x => x - 40)], line)], new SolveOptions { ModelType = ModelType.Translation });

        Assert.Equal(2, result.Tiles.Count);
    }

    [Fact]
    public void Solve_NaNInAMatch_NamesThePairAndTheMatch()
    {
        var tiles = new[] { Tile("a", Translation(0, 0)), Tile("b", Translation(50, 0)) };
        var pair = new CanvasMatches("1", "a", "1", "b", Matches: new Matches([Xs, Ys], [Xs, [10, double.NaN, 60, 80]], [1, 1, 1, 1]));

        var error = Assert.Throws<RenderInputException>(() => AlignmentSolver.Solve(tiles, null, [pair], new SolveOptions()));

        Assert.StartsWith("pair (a, b): match 1 has a value that is not a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_LastTransformIsAReference_FailsAsRender()
    {
        var shared = new Dictionary<string, TransformSpec> { ["t"] = LeafTransformSpec.Of(Translation(0, 0)) };
        var tiles = new[] { Tile("a", Translation(0, 0)) with { Transforms = new ListTransformSpec([new ReferenceTransformSpec("t")]) }, Tile("b", Translation(50, 0)) };

        var error = Assert.Throws<RenderInputException>(() => AlignmentSolver.Solve(tiles, shared, [Pair("a", "b", Xs, Ys, Xs, Ys)], new SolveOptions()));

        Assert.StartsWith("last transform for tile a is a reference transform", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_SameTileIdTwice_SaysSo()
    {
        var error = Assert.Throws<RenderInputException>(() =>
            AlignmentSolver.Solve([Tile("a", Translation(0, 0)), Tile("a", Translation(1, 0))], null, [], new SolveOptions()));

        Assert.Equal("tile a is given twice", error.Message);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, 1.5)]
    [InlineData(2, -0.1)]
    public void Solve_OptionOutOfRange_IsAnArgumentError(int samples, double? lambda)
    {
        var options = new SolveOptions { SamplesPerDimension = samples, OptimizerLambdas = lambda is { } value ? [value] : null };

        Assert.Throws<ArgumentException>(() => AlignmentSolver.Solve([Tile("a", Translation(0, 0))], null, [], options));
    }
}
