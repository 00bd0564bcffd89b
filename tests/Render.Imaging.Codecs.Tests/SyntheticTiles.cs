using NetVips;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests;

/// <summary>
/// Stand-ins for reference tiles whose images are not in the snapshot: a uniform 8-bit PNG of the
/// tile's size, written once per size and value to a temporary folder.
/// </summary>
internal static class SyntheticTiles
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("render-synthetic-").FullName;

    /// <summary>The path of a uniform grey PNG.</summary>
    public static string Png(int width, int height, byte value)
    {
        var path = Path.Combine(Folder, $"{width}x{height}-{value}.png");
        if (!File.Exists(path))
        {
            using var black = Image.Black(width, height);
            using var grey = (black + value).Cast(Enums.BandFormat.Uchar);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            grey.Pngsave(temporary);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    /// <summary>A parameters fixture whose tiles show a uniform image (no masks).</summary>
    public static RenderParameters Parameters(string relative, byte value)
    {
        var parameters = Fixtures.Parameters(relative);
        return parameters with
        {
            TileSpecs = [.. parameters.TileSpecs.Select(tile => tile with
            {
                MipmapLevels = MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + Png((int)tile.Width!.Value, (int)tile.Height!.Value, value))),
            })],
        };
    }
}
