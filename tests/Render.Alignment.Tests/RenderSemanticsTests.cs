using Render.Geometry.Fitting;
using Render.Geometry.Transforms;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Tests;

/// <summary>render's Trakem2SolverClient semantics on small cases worked by hand: fixed tiles, REPLACE_LAST, mergedZ, left-out tiles and pairs.</summary>
public sealed class RenderSemanticsTests
{
    private static readonly double[][] HandPoints = [[10, 50, 20, 70], [10, 20, 60, 80]];

    [Fact]
    public void Solve_FixedTile_StaysWhereItIsAndTheOtherTileFollows()
    {
        // b's point (x, y) is a's (x + 40, y + 3): with a fixed at the identity, b lands at translation (40, 3)
        var tiles = new[] { Tile("a", Translation(0, 0)), Tile("b", Translation(50, 0)) };
        var matches = new[] { Pair("a", "b", [.. HandPoints[0].Select(x => x + 40)], [.. HandPoints[1].Select(y => y + 3)], HandPoints[0], HandPoints[1]) };
        var options = new SolveOptions { ModelType = ModelType.Translation, RegularizerModelType = ModelType.Translation, FixedTileIds = ["a"] };

        var result = AlignmentSolver.Solve(tiles, null, matches, options);

        var a = Leaf(result.Tiles[0]);
        var b = TruthComparison.LastAffine(result.Tiles[1]);
        Assert.Equal(AffineModel2D.JavaClassName, a.ClassName);
        Assert.Equal("1.0 0.0 0.0 1.0 0.0 0.0", a.DataString);
        Assert.Equal([1, 0, 0, 1, 40, 3], b.ToArray(), (x, y) => Math.Abs(x - y) < 1e-9);
        Assert.Equal("fixed tiles", Assert.Single(result.Components).Gauge);
        Assert.Equal(1, result.Counts.FixedTiles);
    }

    [Fact]
    public void Solve_FixedTileWithAnAffineStart_KeepsTheRegularisersFitOfItsStartAsRender()
    {
        // render builds every tile as InterpolatedAffineModel2D(start, regulariser fitted to it, lambda 1) and
        // never refits a fixed tile, so a fixed tile comes out as the rigid fit of its start on the sample grid
        var start = new AffineModel2D(1.1, 0.05, -0.02, 0.95, 100, 200);
        var tiles = new[] { Tile("a", start), Tile("b", Translation(150, 200)) };
        var matches = new[] { Pair("a", "b", [.. HandPoints[0].Select(x => x + 40)], HandPoints[1], HandPoints[0], HandPoints[1]) };
        var options = new SolveOptions { FixedTileIds = ["a"] };

        var result = AlignmentSolver.Solve(tiles, null, matches, options);

        double[] cornersX = [0, 99, 0, 99], cornersY = [0, 0, 99, 99];
        var mappedX = new double[4];
        var mappedY = new double[4];
        for (var k = 0; k < 4; k++)
        {
            (mappedX[k], mappedY[k]) = TruthComparison.Apply(start, cornersX[k], cornersY[k]);
        }

        var expected = RigidModel2D.Fit(new PointPairs(cornersX, cornersY, mappedX, mappedY)).ToAffineModel();
        Assert.Equal(expected.ToArray(), TruthComparison.LastAffine(result.Tiles[0]).ToArray(), (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void Solve_MergedZAndTilesWithoutMatches_AsRenderWritesTheTarget()
    {
        var tiles = new[] { Tile("a", Translation(0, 0), z: 1), Tile("b", Translation(50, 0), z: 2), Tile("lonely", Translation(0, 0), z: 2) };
        var matches = new[]
        {
            Pair("a", "b", [.. HandPoints[0].Select(x => x + 40)], HandPoints[1], HandPoints[0], HandPoints[1]),
            Pair("a", "elsewhere", HandPoints[0], HandPoints[1], HandPoints[0], HandPoints[1]),
        };
        var options = new SolveOptions { ModelType = ModelType.Translation, MergedZ = 7 };

        var result = AlignmentSolver.Solve(tiles, null, matches, options);

        Assert.Equal(["a", "b"], result.Tiles.Select(tile => tile.TileId));
        Assert.All(result.Tiles, tile => Assert.Equal(7, tile.Z));
        Assert.Equal(["lonely"], result.RemovedTileIds);
        Assert.Equal((1, 1, 1), (result.Counts.RemovedTiles, result.Counts.PairsWithMissingTiles, result.Counts.Pairs));
        Assert.Equal([7.0], result.ByZ().Select(layer => layer.Z));
    }

    [Fact]
    public void Solve_TileWithASharedTransformFirst_ReplacesOnlyTheLastTransformAndDerivesItsBox()
    {
        var shared = new Dictionary<string, TransformSpec> { ["lens"] = LeafTransformSpec.Of(new TranslationModel2D(5, 5)) };
        var lensed = new ListTransformSpec([new ReferenceTransformSpec("lens"), LeafTransformSpec.Of(Translation(0, 0))]);
        var tiles = new[] { Tile("a", Translation(0, 0)) with { Transforms = lensed }, Tile("b", Translation(50, 0)) };
        var matches = new[] { Pair("a", "b", [.. HandPoints[0].Select(x => x + 40)], HandPoints[1], HandPoints[0], HandPoints[1]) };
        var options = new SolveOptions { ModelType = ModelType.Translation, FixedTileIds = ["a"] };

        var result = AlignmentSolver.Solve(tiles, shared, matches, options);

        var a = result.Tiles[0];
        Assert.Equal("lens", Assert.IsType<ReferenceTransformSpec>(a.Transforms.SpecList[0]).RefId);
        Assert.Equal(2, a.Transforms.Count);
        Assert.Equal((5.0, 5.0, 105.0, 105.0), (a.MinX!.Value, a.MinY!.Value, a.MaxX!.Value, a.MaxY!.Value));
        Assert.Same(shared, result.ToResolvedTiles().TransformIdToSpecMap);
    }

    [Fact]
    public void Solve_TwoSeparateGroups_SolvesEachWithItsOwnGauge()
    {
        var tiles = new[] { Tile("a", Translation(0, 0)), Tile("b", Translation(50, 0)), Tile("c", Translation(1000, 0)), Tile("d", Translation(1050, 0)) };
        var matches = new[]
        {
            Pair("a", "b", [.. HandPoints[0].Select(x => x + 40)], HandPoints[1], HandPoints[0], HandPoints[1]),
            Pair("c", "d", [.. HandPoints[0].Select(x => x + 40)], HandPoints[1], HandPoints[0], HandPoints[1]),
        };

        var result = AlignmentSolver.Solve(tiles, null, matches, new SolveOptions());

        Assert.Equal(2, result.Counts.Components);
        Assert.All(result.Components, component => Assert.Equal((2, "RIGID"), (component.TileCount, component.Gauge)));
        Assert.True(result.Quality.Max < 1e-6, result.Quality.Summary);

        // each pair is placed where it started: b is a + 40 and d is c + 40, centred on the starts (0, 50) and (1000, 1050)
        Assert.Equal(5, TruthComparison.LastAffine(result.Tiles[0]).M02, 6);
        Assert.Equal(1045, TruthComparison.LastAffine(result.Tiles[3]).M02, 6);
    }

    internal static TileSpec Tile(string id, AffineModel2D transform, double z = 1) =>
        new(TileId: id, Layout: new LayoutData(SectionId: $"{z}"), Z: z, Width: 100, Height: 100, Transforms: new ListTransformSpec([LeafTransformSpec.Of(transform)]));

    internal static AffineModel2D Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    internal static CanvasMatches Pair(string p, string q, double[] px, double[] py, double[] qx, double[] qy) =>
        new("1", p, "1", q, Matches: new Matches([px, py], [qx, qy], [.. Enumerable.Repeat(1.0, px.Length)]));

    private static LeafTransformSpec Leaf(TileSpec tile) => Assert.IsType<LeafTransformSpec>(tile.Transforms.LastSpec);
}
