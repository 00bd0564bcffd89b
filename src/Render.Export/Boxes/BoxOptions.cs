using Render.Export.Files;

namespace Render.Export.Boxes;

/// <summary>render's MaterializedBoxParameters (BoxClient): the box size, levels, format and how boxes are drawn.</summary>
/// <param name="RootDirectory">render's --rootDirectory; boxes go under <c>root/project/stack/{width}x{height}</c>.</param>
/// <param name="Project">The stack's project.</param>
/// <param name="Stack">The stack.</param>
/// <param name="Width">Box width in pixels.</param>
/// <param name="Height">Box height in pixels.</param>
/// <param name="MaxLevel">The highest level built from level 0 by 2×2 averaging (render's default 0: level 0 only).</param>
/// <param name="Format">png (render's default), jpg or tif.</param>
/// <param name="ConvertToGray">Save 8-bit grey (render's default true).</param>
/// <param name="MaxOverviewWidthAndHeight">Size of the layer overview <c>small/{z}</c>; null or 0 for none.</param>
/// <param name="ForceGeneration">Rewrite boxes that exist.</param>
/// <param name="DoFilter">render's --doFilter, set on every box's parameters.</param>
/// <param name="SkipInterpolation">render's --skipInterpolation.</param>
/// <param name="BinaryMask">render's --binaryMask.</param>
/// <param name="Threads">Boxes rendered at once; 0 or less means one per processor.</param>
/// <param name="Label">
/// render's --label: every tile drawn in its own 16-bit label colour (<see cref="Rendering.LabelColors"/>) with a binary
/// mask, uncovered pixels white (65535), into <c>{width}x{height}-label</c>; no overview (render skips it).
/// </param>
/// <param name="CreateIGrid">render's --createIGrid: also list each layer's level-0 boxes in <c>0/iGrid/{z}.iGrid</c> (<see cref="IGridFile"/>).</param>
/// <param name="SortByClusterGroupId">render's --sortByClusterGroupId: draw tiles in <see cref="ClusterGroupOrder"/>, so larger clusters end on top.</param>
public sealed record BoxOptions(
    string RootDirectory,
    string Project,
    string Stack,
    int Width,
    int Height,
    int MaxLevel = 0,
    ImageFileFormat Format = ImageFileFormat.Png,
    bool ConvertToGray = true,
    int? MaxOverviewWidthAndHeight = null,
    bool ForceGeneration = false,
    bool DoFilter = false,
    bool SkipInterpolation = false,
    bool BinaryMask = false,
    int Threads = 0,
    bool Label = false,
    bool CreateIGrid = false,
    bool SortByClusterGroupId = false)
{
    /// <summary>True when an overview is asked for (render's isOverviewNeeded); never for labels, whose overview render skips.</summary>
    public bool IsOverviewNeeded => MaxOverviewWidthAndHeight is > 0 && !Label;

    /// <summary>Refuses sizes and levels render cannot use.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Width < 1 || Height < 1)
        {
            throw new ArgumentException($"box width and height must be positive, but were {Width} and {Height}");
        }

        if (MaxLevel is < 0 or > 30)
        {
            throw new ArgumentException($"maxLevel must be from 0 to 30, but was {MaxLevel}");
        }

        if (Label && Format == ImageFileFormat.Jpeg)
        {
            throw new ArgumentException("label boxes are 16-bit grey, which jpg cannot hold; use png or tif");
        }

        if (string.IsNullOrWhiteSpace(Project) || string.IsNullOrWhiteSpace(Stack))
        {
            throw new ArgumentException("the project and stack must be named");
        }
    }
}
