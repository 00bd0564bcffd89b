using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>
/// What differs between the engines under the one relational store, and nothing more: how
/// connections open and writers take turns, the row-lock and list-parameter syntax, the bulk load
/// of tiles and pairs, the box index, counting packed match weights in SQL, and the words the
/// schema's history is rendered with. Every query, the steps of every write and their order, and
/// the de-duplication of a batch belong to the store, written once.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>
    /// The box index when it is built at COMPLETE and emptied when the stack goes back to LOADING
    /// (SQLite's R*Tree); null when the engine's box index follows every save (PostgreSQL's bounds
    /// btree), so that COMPLETE builds nothing and box queries need no join.
    /// </summary>
    public abstract IBuiltBoxIndex? BuiltBoxIndex { get; }

    /// <summary>The words of <see cref="Migrations.MigrationHistory"/> on this engine (types, table options, engine-only indexes).</summary>
    public abstract IReadOnlyDictionary<string, string> SchemaWords { get; }

    /// <summary>Opens a pooled connection for reads.</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens a connection and begins one write transaction on it. The engine decides how writers
    /// take turns: SQLite's writers of this process through one gate, holding the database's write
    /// lock; PostgreSQL's under the row locks (<see cref="Lock"/>) that each write takes.
    /// </summary>
    public abstract Task<SqlWrite> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="migrate"/> (one write) with what the engine needs around it: SQLite sets
    /// the page size of a new file before and switches to WAL after; PostgreSQL takes an advisory
    /// lock first, so that processes starting together migrate once.
    /// </summary>
    public abstract Task MigrateAsync(Func<SqlWrite, Task> migrate, CancellationToken cancellationToken);

    /// <summary>The clause after a SELECT that locks its rows until the write ends (empty where a write holds the whole database).</summary>
    public abstract string Lock(RowLock rowLock);

    /// <summary>Whether a write failed on a unique key that another process took after the write had checked it.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>The condition "<paramref name="column"/> is one of <paramref name="values"/>", its parameter <paramref name="name"/> added to <paramref name="command"/>.</summary>
    public abstract string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<string> values);

    /// <inheritdoc cref="AnyOf(DbCommand, string, string, IReadOnlyCollection{string})"/>
    public abstract string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<double> values);

    /// <summary>An expression of the number of weights in a stored <c>matches</c> value (packed, or JSON stored before packing), NULL for NULL.</summary>
    public abstract string MatchWeightCount(string column);

    /// <summary>
    /// Saves tile rows (one per tileId) into the stack, whose row the write has locked: a stored
    /// tile is replaced in place (it keeps its stored order), new tiles follow in the rows' order.
    /// </summary>
    public abstract Task SaveTilesAsync(SqlWrite write, long stackKey, IReadOnlyList<TileRow> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Saves pair rows (one per key, in key order) into the collection, whose row the write has
    /// locked for share: a stored pair is replaced. Saves into one collection may run side by side.
    /// </summary>
    public abstract Task SavePairsAsync(SqlWrite write, long collectionKey, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs <paramref name="work"/> in one write, committed when it returns (rolled back when it throws).</summary>
    public async Task<T> WriteAsync<T>(Func<SqlWrite, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var write = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(write).ConfigureAwait(false);
        await write.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
