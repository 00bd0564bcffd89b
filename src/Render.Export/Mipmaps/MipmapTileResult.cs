namespace Render.Export.Mipmaps;

/// <summary>What was done for one tile: files written, files found already there, or the whole tile skipped because every file existed.</summary>
/// <param name="TileId">The tile.</param>
/// <param name="FilesWritten">Level files (images and masks) written.</param>
/// <param name="FilesKept">Level files that existed and were kept.</param>
/// <param name="Skipped">True when no source was read because every level file existed.</param>
public sealed record MipmapTileResult(string? TileId, int FilesWritten, int FilesKept, bool Skipped);
