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
        var columns = Columns(tilesPerSection);
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

    /// <summary>Where a tile of the grid lies: its stage position, and a small rotation that varies along the grid.</summary>
    public static (double X, double Y, double Sin, double Cos) Placement(int row, int column)
    {
        var (sin, cos) = Math.SinCos(0.001 * ((row + column) % 7));
        return (column * (TileSize - 200.0), row * (TileSize - 200.0), sin, cos);
    }

    /// <summary>The grid's shape for a section of <paramref name="tilesPerSection"/> tiles: as many columns as rows, or one more.</summary>
    public static int Columns(int tilesPerSection) => (int)Math.Ceiling(Math.Sqrt(tilesPerSection));

    private static void AppendTile(StringBuilder json, int section, int row, int column)
    {
        var id = TileId(section, row, column);
        var (x, y, sin, cos) = Placement(row, column);
        json.Append(CultureInfo.InvariantCulture,
            $"\"{id}\":{{\"tileId\":\"{id}\",\"layout\":{{\"sectionId\":\"{section}.0\",\"imageRow\":{row},\"imageCol\":{column},\"stageX\":{x},\"stageY\":{y}}}," +
            $"\"z\":{section}.0,\"width\":{TileSize}.0,\"height\":{TileSize}.0,\"minIntensity\":0.0,\"maxIntensity\":65535.0," +
            $"\"mipmapLevels\":{{\"0\":{{\"imageUrl\":\"file:///data/raw/{section}/{id}.tif\"}}}}," +
            $"\"transforms\":{{\"type\":\"list\",\"specList\":[{{\"type\":\"leaf\",\"className\":\"mpicbg.trakem2.transform.AffineModel2D\"," +
            $"\"dataString\":\"{cos:R} {sin:R} {-sin:R} {cos:R} {x:R} {y:R}\"}}]}}}}");
    }
}
