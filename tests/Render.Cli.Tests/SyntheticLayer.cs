using System.Globalization;
using System.Text.Json.Nodes;

namespace Render.Cli.Tests;

/// <summary>
/// A layer (z 1) of 8-bit square tiles side by side, translated by whole pixels, written in the
/// test: each tile's pixels come in uniform 2 × 2 blocks (<see cref="Pixel"/>), so that mipmap
/// levels and rendered pixels are known exactly.
/// </summary>
internal static class SyntheticLayer
{
    /// <summary>The pixel of tile <paramref name="tile"/> at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static byte Pixel(int tile, int x, int y) => (byte)((((x / 2) * 7) + ((y / 2) * 11) + (tile * 90)) % 256);

    /// <summary>The image file of tile <paramref name="tile"/> in <paramref name="folder"/>.</summary>
    public static string ImageOf(string folder, int tile) => Path.Combine(folder, $"t{tile}.png");

    /// <summary>
    /// Writes <paramref name="count"/> tiles of <paramref name="size"/> pixels into <paramref name="folder"/>
    /// (images and their specs, tile i at x = i × size), leaving out the image of tile
    /// <paramref name="missingImage"/>; returns the JSON array of the specs.
    /// </summary>
    public static JsonArray Write(string folder, int size, int count = 2, int? missingImage = null)
    {
        Directory.CreateDirectory(folder);
        var tiles = new JsonArray();
        for (var tile = 0; tile < count; tile++)
        {
            var file = ImageOf(folder, tile);
            if (tile != missingImage)
            {
                var pixels = new byte[size * size];
                for (var i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = Pixel(tile, i % size, i / size);
                }

                using var image = NetVips.Image.NewFromMemory(pixels, size, size, 1, NetVips.Enums.BandFormat.Uchar);
                image.WriteToFile(file);
            }

            tiles.Add(new JsonObject
            {
                ["tileId"] = $"t{tile}",
                ["z"] = 1.0,
                ["width"] = (double)size,
                ["height"] = (double)size,
                ["minIntensity"] = 0.0,
                ["maxIntensity"] = 255.0,
                ["mipmapLevels"] = new JsonObject { ["0"] = new JsonObject { ["imageUrl"] = "file:" + file } },
                ["transforms"] = new JsonObject
                {
                    ["type"] = "list",
                    ["specList"] = new JsonArray(new JsonObject
                    {
                        ["className"] = "mpicbg.trakem2.transform.TranslationModel2D",
                        ["dataString"] = $"{(tile * size).ToString(CultureInfo.InvariantCulture)} 0",
                    }),
                },
            });
        }

        return tiles;
    }

    /// <summary>The bytes of an 8-bit grey image file.</summary>
    public static byte[] Gray(string file)
    {
        using var image = NetVips.Image.NewFromFile(file);
        Assert.Equal(1, image.Bands);
        return image.WriteToMemory<byte>();
    }
}
