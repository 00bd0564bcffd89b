using Render.Model.Tiles;

namespace Render.Matching.TilePairs;

/// <summary>A tile's box in one layer, as a tile-pair run uses it.</summary>
internal sealed record LayerTile(string TileId, string? SectionId, double Z, double MinX, double MinY, double MaxX, double MaxY)
{
    public double Width => MaxX - MinX;

    public double Height => MaxY - MinY;

    /// <exception cref="ArgumentException">The box lacks its id or a coordinate.</exception>
    public static LayerTile From(TileBounds bounds, double layerZ)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.TileId is not { } id)
        {
            throw new ArgumentException($"a tile box of layer {layerZ} has no tileId");
        }

        if (bounds.MinX is not { } minX || bounds.MinY is not { } minY || bounds.MaxX is not { } maxX || bounds.MaxY is not { } maxY)
        {
            throw new ArgumentException($"tile '{id}' has an incomplete box");
        }

        return new LayerTile(id, bounds.SectionId, bounds.Z ?? layerZ, minX, minY, maxX, maxY);
    }
}
