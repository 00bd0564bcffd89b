namespace Render.Storage.Relational;

/// <summary>
/// A box index built in one pass when a stack is set COMPLETE and emptied when it goes back to
/// LOADING, like render's Mongo indexes, so that imports do not pay for it. Until it is built,
/// box queries answer from the layer index. A flag column of the stack row says whether it is.
/// </summary>
internal interface IBuiltBoxIndex
{
    /// <summary>The stack's flag column that is true while its box index is built.</summary>
    string BuiltColumn { get; }

    /// <summary>Fills the index with the stack's tiles as they are now, and sets the flag.</summary>
    Task BuildAsync(SqlWrite write, long stackKey, CancellationToken cancellationToken);

    /// <summary>Removes the stack's entries (a no-op unless built), and clears the flag.</summary>
    Task DropAsync(SqlWrite write, long stackKey, CancellationToken cancellationToken);

    /// <summary>
    /// The FROM of a box query of one layer through the index, over tiles as <c>t</c>. It reads the
    /// parameters of <see cref="TileQuerySql"/> (<c>@z</c>, <c>@reachMinX</c>...); its candidates are
    /// filtered exactly on the tile columns afterwards.
    /// </summary>
    string From(string stackKeySql);
}
