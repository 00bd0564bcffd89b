using System.Globalization;
using System.Text;

namespace Render.Scenarios;

/// <summary>
/// The user guide's synthetic acquisition: sections of 2048 x 2048 tiles on a grid, each with one
/// affine (a small rotation and its stage position), written the way render-python writes them
/// (no bounding box: the server derives it).
/// </summary>
internal static class SyntheticTiles
{
    public const int TileSize = 2048;

    /// <summary>A resolvedTiles body with the tiles of sections [firstSection, firstSection + sections).</summary>
    public static byte[] Batch(int firstSection, int sections, int tilesPerSection)
    {
        var json = new StringBuilder(sections * tilesPerSection * 700);
        json.Append("{\"transformIdToSpecMap\":{},\"tileIdToSpecMap\":{");
        var first = true;
        var columns = (int)Math.Ceiling(Math.Sqrt(tilesPerSection));
        for (var section = firstSection; section < firstSection + sections; section++)
        {
            for (var i = 0; i < tilesPerSection; i++)
            {
                if (!first)
                {
                    json.Append(',');
                }

                first = false;
                AppendTile(json, section, i / columns, i % columns);
            }
        }

        json.Append("}}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    public static string TileId(int section, int row, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"t{section:D4}.{row:D3}.{column:D3}");

    private static void AppendTile(StringBuilder json, int section, int row, int column)
    {
        var id = TileId(section, row, column);
        var x = column * (TileSize - 200.0);
        var y = row * (TileSize - 200.0);
        var angle = 0.001 * ((row + column) % 7);
        var (sin, cos) = Math.SinCos(angle);
        json.Append(CultureInfo.InvariantCulture,
            $"\"{id}\":{{\"tileId\":\"{id}\",\"layout\":{{\"sectionId\":\"{section}.0\",\"imageRow\":{row},\"imageCol\":{column},\"stageX\":{x},\"stageY\":{y}}}," +
            $"\"z\":{section}.0,\"width\":{TileSize}.0,\"height\":{TileSize}.0,\"minIntensity\":0.0,\"maxIntensity\":65535.0," +
            $"\"mipmapLevels\":{{\"0\":{{\"imageUrl\":\"file:///data/raw/{section}/{id}.tif\"}}}}," +
            $"\"transforms\":{{\"type\":\"list\",\"specList\":[{{\"type\":\"leaf\",\"className\":\"mpicbg.trakem2.transform.AffineModel2D\"," +
            $"\"dataString\":\"{cos:R} {sin:R} {-sin:R} {cos:R} {x:R} {y:R}\"}}]}}}}");
    }
}
