using Render.Matching.TilePairs;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Matching.Tests.TilePairs;

/// <summary>
/// render's example_1 (two layers of 2 × 2 camera tiles, their boxes derived from the lens and
/// acquisition transforms) through TilePairClient's defaults.
/// </summary>
public sealed class Example1PairTests
{
    private static List<TileBounds> Bounds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");
        var shared = RenderJson.Parse<List<TransformSpec>>(File.ReadAllBytes(Path.Combine(folder, "cycle1_step1_acquire_transforms.json"))).GetValueOrThrow()
            .ToDictionary(spec => spec.Id!);
        var tiles = RenderJson.Parse<List<TileSpec>>(File.ReadAllBytes(Path.Combine(folder, "cycle1_step1_acquire_tiles.json"))).GetValueOrThrow();
        return [.. tiles.Select(tile => (tile with { Transforms = (ListTransformSpec)tile.Transforms.ResolveReferences(shared) }).DeriveBoundingBox(64))
            .Select(tile => new TileBounds(tile.MinX, tile.MinY, tile.MaxX, tile.MaxY, tile.TileId, tile.Layout!.SectionId, tile.Z))];
    }

    private static string Text(OrderedCanvasIdPair pair) =>
        $"{pair.P!.Id![12..18]}{pair.P.RelativePosition} {pair.Q!.Id![12..18]}{pair.Q.RelativePosition}";

    [Fact]
    public async Task FindAsync_Montage_PairsTheFourEdgesOfEachLayer()
    {
        var files = await TilePairFinderTests.FindAsync(new InMemoryTilePairSource(Bounds()), new TilePairOptions(ZNeighborDistance: 0));

        // Tile ids read col row (052104 is column 52, row 104): rows are y, columns x.
        Assert.Equal(
            [
                "052104Top 052105Bottom", "052104Left 053104Right", "052105Left 053105Right", "053104Top 053105Bottom",
                "055030Top 055031Bottom", "055030Left 056030Right", "055031Left 056031Right", "056030Top 056031Bottom",
            ],
            Assert.Single(files).Pairs.NeighborPairs.Select(Text));
    }

    [Fact]
    public async Task FindAsync_Defaults_CrossPairsAreThoseRendersCircleAndCornerRulesGive()
    {
        var bounds = Bounds();
        var files = await TilePairFinderTests.FindAsync(new InMemoryTilePairSource(bounds), new TilePairOptions());

        var cross = Assert.Single(files).Pairs.NeighborPairs.Where(pair => pair.AbsoluteDeltaZ is not null).Select(Text).ToList();
        var expected = (
            from p in bounds.Where(tile => tile.Z == 3407)
            from q in bounds.Where(tile => tile.Z == 3408)
            where WithinRadius(p, q) && (CentreIn(q.MinX!.Value, q.MaxX!.Value, p.MinX!.Value, p.MaxX!.Value) || CentreIn(q.MinY!.Value, q.MaxY!.Value, p.MinY!.Value, p.MaxY!.Value))
            select $"{p.TileId![12..18]} {q.TileId![12..18]}").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), cross.Order(StringComparer.Ordinal));
        Assert.All(files[0].Pairs.NeighborPairs.Where(pair => pair.AbsoluteDeltaZ is not null), pair => Assert.Equal(1.0, pair.AbsoluteDeltaZ!.Value, 6));
    }

    [Fact]
    public async Task FindAsync_PairFile_SerialisesAsRendersRenderableCanvasIdPairs()
    {
        var files = await TilePairFinderTests.FindAsync(new InMemoryTilePairSource(Bounds()), new TilePairOptions(ZNeighborDistance: 0));

        var json = RenderJson.Serialize(files[0].Pairs);

        Assert.StartsWith(
            "{\"renderParametersUrlTemplate\":\"{baseDataUrl}/owner/o/project/p/stack/s/tile/{id}/render-parameters\",\"neighborPairs\":[{\"p\":{\"groupId\":\"3407.0\",\"id\":\"150304141121052104.3407.0\",\"relativePosition\":\"TOP\"},\"q\":{\"groupId\":\"3407.0\",\"id\":\"150304141121052105.3407.0\",\"relativePosition\":\"BOTTOM\"}}",
            json,
            StringComparison.Ordinal);
    }

    /// <summary>The circle test in plain doubles: q's box within 0.9 × p's larger side of p's centre.</summary>
    private static bool WithinRadius(TileBounds p, TileBounds q)
    {
        double cx = (p.MinX!.Value + p.MaxX!.Value) / 2, cy = (p.MinY!.Value + p.MaxY!.Value) / 2;
        var radius = 0.9 * Math.Max(p.MaxX.Value - p.MinX.Value, p.MaxY.Value - p.MinY.Value);
        var dx = Math.Max(0, Math.Max(q.MinX!.Value - cx, cx - q.MaxX!.Value));
        var dy = Math.Max(0, Math.Max(q.MinY!.Value - cy, cy - q.MaxY!.Value));
        return Math.Sqrt((dx * dx) + (dy * dy)) <= radius;
    }

    private static bool CentreIn(double min, double max, double rangeMin, double rangeMax)
    {
        var centre = min + ((max - min) / 2);
        return centre >= rangeMin && centre <= rangeMax;
    }
}
