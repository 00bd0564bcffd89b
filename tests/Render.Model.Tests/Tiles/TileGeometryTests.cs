using System.Reflection;
using Render.Geometry.Transforms;
using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Model.Tests.Tiles;

public sealed class TileGeometryTests
{
    private static readonly TileSpec AffineTile =
        RenderJson.Parse<TileSpec>(Fixtures.Read("render-app/tile-test/tile_with_only_affine_transforms.json")).GetValueOrThrow();

    [Fact]
    public void TileSpec_KeepsNoStaticState()
    {
        // STYLE.md: TileSpec is data; meshes and caches live beside it (TileGeometry, TransformMeshCache).
        var fields = typeof(TileSpec).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(field => !field.IsLiteral);

        Assert.Empty(fields);
    }

    [Fact]
    public void DeriveBoundingBox_Default_IsRendersSloppyBox()
    {
        var derived = AffineTile.DeriveBoundingBox(64);

        Assert.Equal((1108.0, 1957.0, 3774.0, 4265.0), (derived.MinX, derived.MinY, derived.MaxX, derived.MaxY));
        Assert.Equal(64, derived.MeshCellSize);
    }

    [Fact]
    public void DeriveBoundingBox_MeshMode_IsOnePixelSmaller()
    {
        var derived = AffineTile.DeriveBoundingBox(64, force: true, sloppy: false);

        Assert.Equal((3773.0, 4264.0), (derived.MaxX, derived.MaxY));
    }

    [Fact]
    public void DeriveBoundingBox_StoredBoxForTheSameCellSize_IsKeptUnlessForced()
    {
        var stored = AffineTile with { MinX = 1, MinY = 2, MaxX = 3, MaxY = 4 };

        Assert.Same(stored, stored.DeriveBoundingBox(64));
        Assert.Equal(1108, stored.DeriveBoundingBox(64, force: true).MinX);
        Assert.Equal(1108, stored.DeriveBoundingBox(32).MinX);
    }

    [Fact]
    public void DeriveBoundingBox_WithoutSize_SaysWhatIsMissing()
    {
        var error = Assert.Throws<RenderInputException>(() => (AffineTile with { Width = null }).DeriveBoundingBox(64));

        Assert.Equal("width and height must be set to create a bounding box (tile '134')", error.Message);
    }

    [Fact]
    public void LocalWorldLocal_RoundTripsWithinATenth()
    {
        var world = AffineTile.GetWorldCoordinates(30, 40);
        var local = AffineTile.GetLocalCoordinates(world[0], world[1], 64);

        Assert.Equal(3903, world[2]);
        Assert.Equal(30, local[0], 0.1);
        Assert.Equal(40, local[1], 0.1);
        Assert.Equal(3, local.Length);
    }

    [Fact]
    public void IsWorldCoordinateInsideTile_UsesTheBoxAndTheInverse()
    {
        var tile = AffineTile.DeriveBoundingBox(64);
        var inside = tile.GetWorldCoordinates(1000, 1000);

        Assert.True(tile.IsWorldCoordinateInsideTile(inside[0], inside[1]));
        Assert.False(tile.IsWorldCoordinateInsideTile(0, 0));
    }

    [Fact]
    public void WorldToLocal_OverlappingTiles_MarksTheLastOneVisible()
    {
        var a = Tile("a", "1 0 0 1 0 0");
        var b = Tile("b", "1 0 0 1 50 0");
        var c = Tile("c", "1 0 0 1 500 0");

        var mapped = TileCoordinateMapping.WorldToLocal([a, b, c], 60, 10);

        Assert.Equal(["a", "b"], mapped.Select(m => m.TileId));
        Assert.Equal([null, true], mapped.Select(m => m.Visible));
        Assert.Equal([10.0, 10.0], mapped[1].Local!);
    }

    [Fact]
    public void WorldToLocal_NoTileInverts_NamesTheCandidates()
    {
        var error = Assert.Throws<NoninvertibleTransformException>(
            () => TileCoordinateMapping.WorldToLocal([Tile("a", "1 0 0 1 0 0"), Tile("b", "1 0 0 1 0 0")], 7777, 8888));

        Assert.Equal("world coordinate (7777.0, 8888.0) found in tile id(s) [a, b] cannot be inverted", error.Message);
    }

    [Fact]
    public void LocalToWorld_AppliesTheTransforms()
    {
        var mapped = TileCoordinateMapping.LocalToWorld(Tile("a", "1 0 0 1 5 6"), 1, 2);

        Assert.Equal("a", mapped.TileId);
        Assert.Equal([6.0, 8.0], mapped.World!);
    }

    private static TileSpec Tile(string tileId, string affine) => RenderJson.Parse<TileSpec>(
        $"{{\"tileId\":\"{tileId}\",\"width\":100,\"height\":100,\"transforms\":{{\"type\":\"list\",\"specList\":[{{\"className\":\"mpicbg.trakem2.transform.AffineModel2D\",\"dataString\":\"{affine}\"}}]}}}}").GetValueOrThrow();
}
