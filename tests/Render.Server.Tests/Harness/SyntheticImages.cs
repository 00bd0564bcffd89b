using System.Text.Json.Nodes;
using NetVips;

namespace Render.Server.Tests.Harness;

/// <summary>
/// Small 8-bit grey PNGs written by tests inside the copied fixtures folder (an image root of every
/// test server), named by their content so that both store runs share them, and tiles showing them.
/// </summary>
internal static class SyntheticImages
{
    private static readonly string Folder = Directory.CreateDirectory(Path.Combine(Fixtures.Root, "synthetic")).FullName;

    /// <summary>The <c>file:</c> URL of a width×height grey PNG whose pixel (x, y) is <paramref name="pixel"/>(x, y).</summary>
    public static string Png(string name, int width, int height, Func<int, int, byte> pixel)
    {
        var bytes = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bytes[(y * width) + x] = pixel(x, y);
            }
        }

        var path = Path.Combine(Folder, $"{name}-{width}x{height}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}.png");
        if (!File.Exists(path))
        {
            using var image = Image.NewFromMemory(bytes, width, height, 1, Enums.BandFormat.Uchar);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            image.Pngsave(temporary);
            File.Move(temporary, path, overwrite: true);
        }

        return "file:" + path;
    }

    /// <summary>A square tile at z 1 translated to (x, y) showing <paramref name="imageUrl"/>; the server derives its box.</summary>
    public static JsonObject Tile(string tileId, int size, string imageUrl, double x = 0, double y = 0)
    {
        var tile = TestTiles.Tile(tileId, 1, x, y, withBox: false);
        tile["width"] = (double)size;
        tile["height"] = (double)size;
        tile["mipmapLevels"] = Levels(imageUrl);
        return tile;
    }

    /// <summary>A <c>mipmapLevels</c> object with <paramref name="imageUrl"/> at level 0.</summary>
    public static JsonObject Levels(string imageUrl) => new() { ["0"] = new JsonObject { ["imageUrl"] = imageUrl } };

    /// <summary>The decoded pixels of an encoded image: size, bands per pixel and the interleaved bytes.</summary>
    public static (int Width, int Height, int Bands, byte[] Data) Decode(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return (image.Width, image.Height, image.Bands, image.WriteToMemory<byte>());
    }
}
