namespace Render.Client;

/// <summary>How far an import is: <paramref name="TilesStored"/> of <paramref name="TileCount"/> tiles are in the stack.</summary>
public readonly record struct TileImportProgress(int TilesStored, int TileCount);
