namespace Render.Storage.Relational;

/// <summary>A stack row: its internal key (which a rename keeps) and its metadata with its revision.</summary>
internal sealed record StackRow(long Key, StoredStack Stored);
