using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Tiles;

/// <summary>
/// render's example_1 (8 tiles referring to 3 shared lens corrections): the bounds render-python's
/// integration tests expect after an import with derived boxes, and the world points of
/// v1_acquire_s3407_world_points.json mapped to local and back.
/// </summary>
public sealed class Example1GeometryTests
{
    private static readonly List<TileSpec> Tiles = ResolvedTiles();

    [Fact]
    public void DerivedBoxes_GiveTheStackBoundsRenderPythonExpects()
    {
        Assert.Equal(8, Tiles.Count);
        Assert.Equal([3407.0, 3408.0], Tiles.Select(tile => tile.Z!.Value).Distinct().Order());
        Assert.Equal(149, Tiles.Min(tile => tile.MinX));
        Assert.Equal(130, Tiles.Min(tile => tile.MinY));
        Assert.Equal(5103, Tiles.Max(tile => tile.MaxX));
        Assert.Equal(5386, Tiles.Max(tile => tile.MaxY));
    }

    [Fact]
    public void WorldPoints_MapToLocalAndBack_ExceptTheOneOnNoTile()
    {
        var points = RenderJson.Parse<List<TileCoordinates>>(Fixtures.Read("example_1/v1_acquire_s3407_world_points.json")).GetValueOrThrow();
        var mapped = 0;
        foreach (var point in points)
        {
            var (x, y) = (point.World![0], point.World[1]);
            var candidates = Tiles.Where(tile => tile.Z == 3407 && x >= tile.MinX && x <= tile.MaxX && y >= tile.MinY && y <= tile.MaxY)
                .OrderBy(tile => tile.TileId, StringComparer.Ordinal).ToList();
            if (candidates.Count == 0)
            {
                Assert.Equal((7777.0, 8888.0), (x, y));
                continue;
            }

            var visible = TileCoordinateMapping.WorldToLocal(candidates, x, y).Single(local => local.Visible == true);
            var tile = candidates.Single(candidate => candidate.TileId == visible.TileId);
            var world = TileCoordinateMapping.LocalToWorld(tile, visible.Local![0], visible.Local[1]).World!;

            Assert.Equal(x, world[0], 0.1);
            Assert.Equal(y, world[1], 0.1);
            mapped++;
        }

        Assert.Equal(3, mapped);
    }

    [Fact]
    public void MapPointsInPlace_WithTheSharedLensCorrections_MapsEveryPoint()
    {
        // render-python's test_estimate_dstpoints_reference: a 32 x 32 grid keeps its shape.
        var raw = RenderJson.Parse<List<TileSpec>>(Fixtures.Read("example_1/cycle1_step1_acquire_tiles.json")).GetValueOrThrow();
        var shared = Shared();
        var x = Enumerable.Range(0, 1024).Select(i => 64.0 * (i % 32)).ToArray();
        var y = Enumerable.Range(0, 1024).Select(i => 64.0 * (i / 32)).ToArray();

        raw[0].Transforms.MapPointsInPlace(x, y, shared);

        Assert.All(x.Concat(y), value => Assert.True(double.IsFinite(value)));
        Assert.NotEqual(64.0, x[1]);
    }

    private static Dictionary<string, TransformSpec> Shared() =>
        RenderJson.Parse<List<TransformSpec>>(Fixtures.Read("example_1/cycle1_step1_acquire_transforms.json")).GetValueOrThrow()
            .ToDictionary(spec => spec.Id!);

    private static List<TileSpec> ResolvedTiles()
    {
        var resolver = new TransformSpecResolver(Shared());
        return [.. RenderJson.Parse<List<TileSpec>>(Fixtures.Read("example_1/cycle1_step1_acquire_tiles.json")).GetValueOrThrow()
            .Select(tile => (tile with { Transforms = resolver.Resolve(tile.Transforms) }).DeriveBoundingBox(tile.MeshCellSize, force: true))];
    }
}
