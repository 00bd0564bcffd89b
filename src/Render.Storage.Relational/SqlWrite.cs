using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>
/// One write: a connection, its transaction and, where the engine has one, the writer's turn.
/// Disposing it without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
internal sealed class SqlWrite : IAsyncDisposable
{
    private readonly IDisposable? _turn;

    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">Its transaction.</param>
    /// <param name="turn">Released after the connection is closed (SQLite's writer gate); null when none.</param>
    public SqlWrite(DbConnection connection, DbTransaction transaction, IDisposable? turn)
    {
        Connection = connection;
        Transaction = transaction;
        _turn = turn;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>A command in the write's transaction.</summary>
    public DbCommand Command(string sql) => Connection.Command(sql, Transaction);

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _turn?.Dispose();
        }
    }
}
