namespace Render.Storage;

/// <summary>The order tiles come back in.</summary>
public enum TileOrder
{
    /// <summary>By tileId (ordinal); render's draw order and the order of most queries.</summary>
    TileId,

    /// <summary>The order tiles were first stored in (render's "natural" order for tile bounds).</summary>
    Stored,

    /// <summary>By z, then minY, then minX (the KARSH layout file).</summary>
    ZMinYMinX,

    /// <summary>By z, then tileId (the SCHEFFER layout file).</summary>
    ZTileId,
}
