using Render.Geometry.Transforms;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Tests;

/// <summary>
/// render's example_1: the montage stack (acquire tiles with the montage changes, REPLACE_LAST)
/// solved against matches made from the align changes, as render's Trakem2SolverClient would be run
/// between step 2 and step 3 of the example.
/// </summary>
public sealed class ExampleOneTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1", name));

    [Fact]
    public void Solve_MontageStackWithOneFixedTile_GivesTheAlignTransformsMovedByOneAffine()
    {
        var (tiles, shared, align) = MontageStack();
        var matches = MatchesFrom(tiles, align);
        var fixedId = tiles[0].TileId!;
        var options = new SolveOptions { RegularizerModelType = ModelType.Affine, FixedTileIds = [fixedId] };

        var result = AlignmentSolver.Solve(tiles, shared, matches, options);

        // with no pull towards a smaller family the matches fix every tile relative to the fixed
        // one: tile i = G ∘ align_i, G taking the fixed tile's align transform to its start
        var fixedStart = TruthComparison.LastAffine(tiles[0]);
        var g = fixedStart.Concatenate(align[fixedId].CreateInverse());
        Assert.Equal(8, result.Tiles.Count);
        Assert.True(result.Quality.Max < 1e-6, result.Quality.Summary);
        foreach (var tile in result.Tiles)
        {
            var expected = g.Concatenate(align[tile.TileId!]);
            Assert.Equal(expected.ToArray(), TruthComparison.LastAffine(tile).ToArray(), (x, y) => Math.Abs(x - y) < 1e-6 * Math.Max(1, Math.Abs(x)));
            var input = tiles.Single(source => source.TileId == tile.TileId);
            Assert.Equal(input.Transforms.SpecList[0], tile.Transforms.SpecList[0]);
            Assert.StartsWith("LENS_CORRECTION_", Assert.IsType<ReferenceTransformSpec>(tile.Transforms.SpecList[0]).RefId, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Solve_MontageStackWithRendersDefaults_AlignsBothLayersWithSmallResiduals()
    {
        var (tiles, shared, align) = MontageStack();
        var matches = MatchesFrom(tiles, align);

        var result = AlignmentSolver.Solve(tiles, shared, matches, new SolveOptions { MergedZ = 3407 });

        Assert.Equal(8, result.Counts.SolvedTiles);
        Assert.Equal(2, result.Counts.Layers);
        Assert.Single(result.Components);
        Assert.All(result.Tiles, tile => Assert.Equal(3407, tile.Z));
        Assert.True(result.Quality.Rms < 0.5, result.Quality.Summary);
        var resolved = RenderJson.Serialize(result.ToResolvedTiles());
        Assert.Contains("\"LENS_CORRECTION_temca7_camera0\"", resolved, StringComparison.Ordinal);
    }

    /// <summary>The v1_montage tiles (acquire tiles, last transform replaced by the montage change), the shared lens transforms and the align affines by tile id.</summary>
    internal static (List<TileSpec> Tiles, Dictionary<string, TransformSpec> Shared, Dictionary<string, AffineModel2D> Align) MontageStack()
    {
        var acquire = RenderJson.Parse<List<TileSpec>>(Fixture("cycle1_step1_acquire_tiles.json")).Value;
        var shared = RenderJson.Parse<List<TransformSpec>>(Fixture("cycle1_step1_acquire_transforms.json")).Value.ToDictionary(spec => spec.Id!);
        var montage = RenderJson.Parse<List<TileTransform>>(Fixture("cycle1_step2_montage_changes.json")).Value;
        var align = RenderJson.Parse<List<TileTransform>>(Fixture("cycle1_step3_align_changes.json")).Value
            .ToDictionary(change => change.TileId!, change => AffineModel2D.Parse(((LeafTransformSpec)change.Transform!).DataString));
        var tiles = TransformChanges.ApplyAll(acquire, montage, TransformChangeMode.ReplaceLast).ToList();
        return (tiles, shared, align);
    }

    /// <summary>Exact matches (no noise) between every two tiles whose aligned footprints overlap, 30 points each, in the coordinates before the last transform.</summary>
    internal static List<CanvasMatches> MatchesFrom(List<TileSpec> tiles, Dictionary<string, AffineModel2D> align)
    {
        var random = new Random(3);
        var matches = new List<CanvasMatches>();
        for (var i = 0; i < tiles.Count; i++)
        {
            for (var j = i + 1; j < tiles.Count; j++)
            {
                var (p, q) = (tiles[i], tiles[j]);
                var (pInverse, qInverse) = (align[p.TileId!].CreateInverse(), align[q.TileId!].CreateInverse());
                var points = new List<(double Px, double Py, double Qx, double Qy)>();
                for (var attempt = 0; attempt < 20000 && points.Count < 30; attempt++)
                {
                    double x = random.NextDouble() * 2560, y = random.NextDouble() * 2160;
                    align[p.TileId!].ApplyInPlace(ref x, ref y);
                    double qx = x, qy = y;
                    qInverse.ApplyInPlace(ref qx, ref qy);
                    if (qx is > 0 and < 2559 && qy is > 0 and < 2159)
                    {
                        pInverse.ApplyInPlace(ref x, ref y);
                        points.Add((x, y, qx, qy));
                    }
                }

                if (points.Count == 30)
                {
                    matches.Add(new CanvasMatches(p.Layout!.SectionId, p.TileId, q.Layout!.SectionId, q.TileId,
                        Matches: new Matches([[.. points.Select(m => m.Px)], [.. points.Select(m => m.Py)]], [[.. points.Select(m => m.Qx)], [.. points.Select(m => m.Qy)]], [.. Enumerable.Repeat(1.0, 30)])));
                }
            }
        }

        return matches;
    }
}
