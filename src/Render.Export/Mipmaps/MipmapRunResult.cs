namespace Render.Export.Mipmaps;

/// <summary>What a run did for its part of a layer.</summary>
/// <param name="TileCount">Tiles of the layer.</param>
/// <param name="Start">First tile (0-based) of this part.</param>
/// <param name="End">One past the last tile of this part.</param>
/// <param name="Tiles">Per tile of the part, in order.</param>
public sealed record MipmapRunResult(int TileCount, int Start, int End, IReadOnlyList<MipmapTileResult> Tiles)
{
    /// <summary>Level files written by the run.</summary>
    public int FilesWritten => Tiles.Sum(tile => tile.FilesWritten);
}
