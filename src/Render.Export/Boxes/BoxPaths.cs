using System.Globalization;
using Render.Export.Files;

namespace Render.Export.Boxes;

/// <summary>
/// CATMAID's LargeDataTileSource layout as render's BoxGenerator writes it and render-ws's
/// largeDataTileSource endpoints read it: <c>[root]/[project]/[stack]/[w]x[h]/[level]/[z]/[row]/[col].[ext]</c>,
/// the overview <c>.../[w]x[h]/small/[z].[ext]</c> and <c>.../[w]x[h]/empty.[ext]</c>; z is the layer's integral part.
/// </summary>
/// <param name="StackDirectory">
/// <c>[root]/[project]/[stack]</c>: the stack's <c>materializedBoxRootPath</c>, under which the service finds the boxes.
/// </param>
/// <param name="Width">Box width.</param>
/// <param name="Height">Box height.</param>
/// <param name="Format">The file format.</param>
/// <param name="Label">Label boxes, which render keeps apart in <c>[w]x[h]-label</c>.</param>
public sealed record BoxPaths(string StackDirectory, int Width, int Height, ImageFileFormat Format, bool Label = false)
{
    /// <summary>The paths of a run.</summary>
    public static BoxPaths For(BoxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stack = Path.GetFullPath(Path.Combine(options.RootDirectory, options.Project, options.Stack));
        return new BoxPaths(stack, options.Width, options.Height, options.Format, options.Label);
    }

    /// <summary><c>[stack]/[w]x[h]</c>, or <c>[stack]/[w]x[h]-label</c> for labels.</summary>
    public string BoxDirectory => Path.Combine(StackDirectory, $"{Text(Width)}x{Text(Height)}{(Label ? "-label" : string.Empty)}");

    /// <summary>One box of one level.</summary>
    public string Box(int level, double z, int row, int column) =>
        Path.Combine(BoxDirectory, Text(level), Text((int)z), Text(row), $"{Text(column)}.{Format.Extension()}");

    /// <summary>The layer overview.</summary>
    public string Overview(double z) => Path.Combine(BoxDirectory, "small", $"{Text((int)z)}.{Format.Extension()}");

    /// <summary>The empty (transparent) box CATMAID can show for missing boxes.</summary>
    public string Empty => Path.Combine(BoxDirectory, $"empty.{Format.Extension()}");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
