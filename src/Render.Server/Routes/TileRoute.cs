using Render.Storage;

namespace Render.Server.Routes;

/// <summary><c>{S}/tile/{tileId}</c>: one tile of a stack, and the query values of its render parameters and images.</summary>
internal record TileRoute(string Owner, string Project, string Stack, string TileId, HttpRequest Request)
    : StackRoute(Owner, Project, Stack, Request)
{
    /// <summary>The tile, as a tile selection.</summary>
    public TileQuery Tiles => new() { TileIds = [TileId] };

    /// <summary>render's tile normalisation parameters (offsets, size, which transforms to keep).</summary>
    public TileNormalization Normalization => Request.TileNormalization();

    /// <summary>How far the neighbourhood reaches beyond the tile, as fractions of its width and height (0.3 each by default).</summary>
    public (double Width, double Height) NeighborFactors => (Request.QueryDouble("widthFactor") ?? 0.3, Request.QueryDouble("heightFactor") ?? 0.3);

    /// <summary>The scale of source and mask images (the <c>scale</c> query value, 1 by default).</summary>
    public double SourceScale => Request.QueryDouble("scale") ?? 1.0;

    /// <summary>Whether a neighbourhood image draws only the tiles' outlines.</summary>
    public bool BoundingBoxesOnly => Request.QueryBool("boundingBoxesOnly") == true;
}
