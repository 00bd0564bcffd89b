namespace Render.Storage.Relational;

/// <summary>How a write locks the row it reads (a stack or a match collection) until it ends.</summary>
internal enum RowLock
{
    /// <summary>Not locked (a read, or a row only looked at).</summary>
    None,

    /// <summary>Others may read and share-lock it, not change it (saves into one collection run side by side).</summary>
    Share,

    /// <summary>Others wait until the write ends.</summary>
    Update,
}
