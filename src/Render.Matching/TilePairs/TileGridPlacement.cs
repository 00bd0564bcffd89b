using Render.Model.Tiles;

namespace Render.Matching.TilePairs;

/// <summary>
/// render's <c>--useRowColPositions</c>: each tile becomes a 10 × 10 box at (imageCol, imageRow) × 10,
/// so that neighbours are found by grid position whatever the tiles' transforms say.
/// </summary>
internal static class TileGridPlacement
{
    private const int CellSize = 10;

    /// <exception cref="ArgumentException">A tile has no layout, or no imageRow or imageCol.</exception>
    public static List<LayerTile> Place(IReadOnlyList<TileSpec> specs)
    {
        var tiles = new List<LayerTile>(specs.Count);
        foreach (var spec in specs)
        {
            var layout = spec.Layout ?? throw new ArgumentException($"tile '{spec.TileId}' is missing layout data");
            if (layout.ImageRow is not { } row || layout.ImageCol is not { } col)
            {
                throw new ArgumentException($"tile '{spec.TileId}' is missing layout imageRow and/or imageCol data");
            }

            double minX = col * CellSize, minY = row * CellSize;
            tiles.Add(new LayerTile(spec.TileId ?? throw new ArgumentException("a tile spec has no tileId"), layout.SectionId, spec.Z ?? 0, minX, minY, minX + CellSize, minY + CellSize));
        }

        return tiles;
    }
}
