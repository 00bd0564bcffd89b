using Render.Model;
using Render.Model.Jobs;

namespace Render.Export.Boxes;

/// <summary>
/// render's SectionBoxBounds: the rows and columns of boxes that cover a layer (from the grid origin,
/// so a layer in positive space starts at row minY / height), and which boxes a render group draws:
/// whole areas of 2^maxLevel × 2^maxLevel boxes, so that every group can build its own higher levels.
/// </summary>
public sealed class BoxGrid
{
    private readonly int _areaSize;
    private readonly int _firstAreaRow;
    private readonly int _firstAreaColumn;
    private readonly int _areaColumns;
    private readonly int _firstArea;
    private readonly int _lastArea;

    /// <summary>The grid of a layer with <paramref name="layerBounds"/> for boxes of the given size, split for <paramref name="part"/>.</summary>
    /// <exception cref="ExportException">The layer has no bounds.</exception>
    public BoxGrid(Bounds layerBounds, int boxWidth, int boxHeight, int maxLevel, WorkPart part)
    {
        ArgumentNullException.ThrowIfNull(layerBounds);
        ArgumentNullException.ThrowIfNull(part);
        if (layerBounds is not { MinX: { } minX, MinY: { } minY, MaxX: { } maxX, MaxY: { } maxY })
        {
            throw new ExportException("the layer has no bounds (it has no tiles, or their boxes were never derived)");
        }

        FirstColumn = minX > 0 ? (int)(minX / boxWidth) : 0;
        LastColumn = (int)(maxX / boxWidth);
        FirstRow = minY > 0 ? (int)(minY / boxHeight) : 0;
        LastRow = (int)(maxY / boxHeight);

        _areaSize = 1 << maxLevel;
        _firstAreaRow = FirstRow / _areaSize;
        _firstAreaColumn = FirstColumn / _areaSize;
        var areaRows = (LastRow / _areaSize) - _firstAreaRow + 1;
        _areaColumns = (LastColumn / _areaSize) - _firstAreaColumn + 1;
        (_firstArea, _lastArea) = GroupAreas(areaRows * _areaColumns, part);
    }

    /// <summary>First row (0-based, from the grid origin).</summary>
    public int FirstRow { get; }

    /// <summary>Last row.</summary>
    public int LastRow { get; }

    /// <summary>First column.</summary>
    public int FirstColumn { get; }

    /// <summary>Last column.</summary>
    public int LastColumn { get; }

    /// <summary>render's isInRenderGroup: whether this part draws the box at (row, column).</summary>
    public bool IsInPart(int row, int column)
    {
        var area = (((row / _areaSize) - _firstAreaRow) * _areaColumns) + ((column / _areaSize) - _firstAreaColumn);
        return area >= _firstArea && area <= _lastArea;
    }

    /// <summary>The boxes of this part, row by row.</summary>
    public IEnumerable<(int Row, int Column)> Boxes()
    {
        for (var row = FirstRow; row <= LastRow; row++)
        {
            for (var column = FirstColumn; column <= LastColumn; column++)
            {
                if (IsInPart(row, column))
                {
                    yield return (row, column);
                }
            }
        }
    }

    /// <summary>render's setRenderGroup: areas spread evenly, the first groups taking one extra.</summary>
    private static (int First, int Last) GroupAreas(int areas, WorkPart part)
    {
        var index = part.Index;
        if (part.Count <= areas)
        {
            var perGroup = areas / part.Count;
            var withExtra = areas % part.Count;
            if (index < withExtra)
            {
                var first = index * (perGroup + 1);
                return (first, first + perGroup);
            }

            var start = (withExtra * (perGroup + 1)) + ((index - withExtra) * perGroup);
            return (start, start + perGroup - 1);
        }

        return index < areas ? (index, index) : (0, -1);
    }
}
