using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>resolvedTiles bodies whose images are the copied reference images (or a given URL), all at z 1.</summary>
internal static class ImageTiles
{
    /// <summary>render's 200x200-rotated-stitch.json: two rotated, masked 8-bit tiles.</summary>
    public static JsonObject Rotated() => FromFixture("render-app/stitch-test/200x200-rotated-stitch.json", null);

    /// <summary>render's 16_bit_tiles.json: two 400×400 16-bit tiles (given their size, which the fixture leaves out).</summary>
    public static JsonObject SixteenBit() => FromFixture("render-app/stitch-test/16_bit_tiles.json", 400);

    /// <summary>render's test_composite.json: one 846×842 IMAGEJ_COMPOSITE tile (a 3-channel 8-bit TIFF).</summary>
    public static JsonObject Composite()
    {
        var body = FromFixture("render-app/composite-test/test_composite.json", null);
        var tile = body["tileIdToSpecMap"]!["tile_1"]!;
        tile["width"] = 846.0;
        tile["height"] = 842.0;
        return body;
    }

    /// <summary>One 200×200 tile whose image is <paramref name="imageUrl"/>.</summary>
    public static JsonObject WithImage(string imageUrl)
    {
        var body = FromFixture("render-app/stitch-test/200x200-rotated-stitch.json", null);
        var tiles = body["tileIdToSpecMap"]!.AsObject();
        tiles.Remove("tile_2");
        tiles["tile_1"]!["mipmapLevels"] = new JsonObject { ["0"] = new JsonObject { ["imageUrl"] = imageUrl } };
        return body;
    }

    /// <summary>The width and height of an encoded image (PNG, JPEG or TIFF), read from its header.</summary>
    public static (int Width, int Height) Size(byte[] encoded)
    {
        using var image = NetVips.Image.NewFromBuffer(encoded);
        return (image.Width, image.Height);
    }

    private static JsonObject FromFixture(string path, int? size)
    {
        var root = Fixtures.PathOf("render-app") + "/";
        var tiles = JsonNode.Parse(Fixtures.Read(path).Replace("src/test/resources/", "file:" + root, StringComparison.Ordinal))!.AsArray();
        var map = new JsonObject();
        foreach (var tile in tiles)
        {
            var spec = tile!.DeepClone().AsObject();
            spec["z"] = 1.0;
            if (size is { } s)
            {
                spec["width"] = (double)s;
                spec["height"] = (double)s;
            }

            map[(string)spec["tileId"]!] = spec;
        }

        return new JsonObject { ["transformIdToSpecMap"] = new JsonObject(), ["tileIdToSpecMap"] = map };
    }
}
