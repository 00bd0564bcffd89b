using System.Text;
using Render.Export.Files;
using Render.Geometry.Numerics;

namespace Render.Export.Boxes;

/// <summary>
/// render's IGridPaths (BoxClient --createIGrid): the iGrid file of Kazhdan's DMG tools that lists a
/// layer's level-0 boxes, <c>[w]x[h]/0/iGrid/[z].iGrid</c> with z as Java prints a double ("5.0").
/// Its header gives <c>Columns: [lastColumn + 1]</c> and <c>Rows: [lastRow + 1]</c> (the grid from
/// the origin, as render counts it), then one absolute path per box, row by row, the empty image for
/// every box that has no file (outside the layer, without tiles, or drawn by another render group).
/// </summary>
public static class IGridFile
{
    /// <summary>The file's path for layer <paramref name="z"/>.</summary>
    public static string PathOf(BoxPaths paths, double z)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.BoxDirectory, "0", "iGrid", JavaNumberFormat.FormatDouble(z) + ".iGrid");
    }

    /// <summary>The file's text.</summary>
    /// <param name="rows">lastRow + 1.</param>
    /// <param name="columns">lastColumn + 1.</param>
    /// <param name="boxes">The level-0 box files by row and column.</param>
    /// <param name="emptyImage">The path written for boxes without a file.</param>
    public static string Text(int rows, int columns, IReadOnlyDictionary<(int Row, int Column), string> boxes, string emptyImage)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var text = new StringBuilder();
        text.Append("Columns: ").Append(columns).Append('\n').Append("Rows: ").Append(rows).Append('\n');
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                text.Append(boxes.TryGetValue((row, column), out var file) ? Path.GetFullPath(file) : emptyImage).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the file of layer <paramref name="z"/> (to a temporary name, then renamed).</summary>
    public static string Write(BoxPaths paths, double z, BoxGrid grid, IReadOnlyDictionary<(int Row, int Column), string> boxes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(grid);
        var path = PathOf(paths, z);
        AtomicFile.Write(path, Encoding.ASCII.GetBytes(Text(grid.LastRow + 1, grid.LastColumn + 1, boxes, paths.Empty)));
        return path;
    }
}
