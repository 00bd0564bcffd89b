using Npgsql;

namespace Render.Storage.Postgres;

/// <summary>
/// One PostgreSQL database through one pooled data source. Every write is one transaction; its
/// conditions are checked under row locks (the stack or match collection row) taken inside it, so
/// that writers in this and in other processes see each other's commits and never interleave.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns (rolled back when it throws).</summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
