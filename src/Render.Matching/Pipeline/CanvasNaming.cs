using System.Globalization;
using Render.Geometry.Numerics;
using Render.Model.PointMatches;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Matching.Pipeline;

/// <summary>How a canvas without a given id is named (render's PointMatchClient CanvasGroupIdAlgorithm).</summary>
public enum CanvasGroupIdAlgorithm
{
    /// <summary>The section id of the first tile (the default).</summary>
    FirstTileSectionId,

    /// <summary>The z of the first tile, as Java writes a double.</summary>
    FirstTileZ,

    /// <summary>The match collection's name.</summary>
    Collection,
}

/// <summary>How a canvas without a given id is named (render's PointMatchClient CanvasIdAlgorithm).</summary>
public enum CanvasIdAlgorithm
{
    /// <summary>The tile id of the first tile (the default).</summary>
    FirstTileId,

    /// <summary>The z of the first tile, as Java writes a double.</summary>
    FirstTileZ,

    /// <summary>The canvas's name by its index among the run's distinct canvases: <c>c_00000</c>, <c>c_00001</c>...</summary>
    CanvasName,
}

/// <summary>render's PointMatchClient canvas naming: group and id from the first tile of the render parameters.</summary>
/// <param name="GroupIdAlgorithm">How groups are named.</param>
/// <param name="IdAlgorithm">How ids are named.</param>
/// <param name="CollectionName">The match collection (the group when nothing else names it).</param>
public sealed record CanvasNaming(
    CanvasGroupIdAlgorithm GroupIdAlgorithm = CanvasGroupIdAlgorithm.FirstTileSectionId,
    CanvasIdAlgorithm IdAlgorithm = CanvasIdAlgorithm.FirstTileId,
    string? CollectionName = null)
{
    /// <summary>The canvas id of the canvas with render parameters <paramref name="parameters"/> and run index <paramref name="canvasIndex"/>.</summary>
    public CanvasId Name(RenderParameters parameters, int canvasIndex)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var first = parameters.TileSpecs.Count > 0 ? parameters.TileSpecs[0] : null;
        var canvasName = string.Create(CultureInfo.InvariantCulture, $"c_{canvasIndex:00000}");
        var group = first is null ? null : GroupIdAlgorithm switch
        {
            CanvasGroupIdAlgorithm.FirstTileSectionId => first.Layout is { } layout ? layout.SectionId : CollectionName,
            CanvasGroupIdAlgorithm.FirstTileZ => ZText(first, CollectionName),
            _ => null,
        };
        var id = first is null ? null : IdAlgorithm switch
        {
            CanvasIdAlgorithm.FirstTileId => first.TileId,
            CanvasIdAlgorithm.FirstTileZ => ZText(first, canvasName),
            _ => null,
        };
        return new CanvasId(group ?? CollectionName, id ?? canvasName);
    }

    private static string? ZText(TileSpec tile, string? fallback) => tile.Z is { } z ? JavaNumberFormat.FormatDouble(z) : fallback;
}
