using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Render.Model.PointMatches;
using Render.Storage.Relational;

namespace Render.Storage.Postgres;

/// <summary>
/// The relational store on PostgreSQL, through one pooled data source. Every write is one
/// transaction; its conditions are checked under row locks (the stack or match collection row)
/// taken inside it, so that writers in this and in other processes see each other's commits and
/// never interleave.
/// </summary>
internal sealed partial class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock key that serialises migrations (any constant unique to render).</summary>
    private const long MigrationLock = 0x72656e646572; // "render"

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    /// <summary>None: the bounds index follows every save, so COMPLETE builds nothing and box queries need no join.</summary>
    public override IBuiltBoxIndex? BuiltBoxIndex => null;

    public override IReadOnlyDictionary<string, string> SchemaWords => Words;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<SqlWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new SqlWrite(connection, await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false), turn: null);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <remarks>Processes starting together take turns through an advisory lock held by the migrating transaction.</remarks>
    public override Task MigrateAsync(Func<SqlWrite, Task> migrate, CancellationToken cancellationToken) =>
        WriteAsync(async write =>
        {
            await write.Command("SELECT pg_advisory_xact_lock(@lock)").With("@lock", MigrationLock).RunAsync(cancellationToken).ConfigureAwait(false);
            await migrate(write).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public override string Lock(RowLock rowLock) => rowLock switch
    {
        RowLock.Share => " FOR SHARE",
        RowLock.Update => " FOR UPDATE",
        _ => string.Empty,
    };

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<string> values)
    {
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });
        return $"{column} = ANY({name})";
    }

    public override string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<double> values)
    {
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values.ToArray() });
        return $"{column} = ANY({name})";
    }

    /// <remarks>
    /// Packed matches keep their weight count (plus one) as a little-endian uint32 after the
    /// format byte; JSON stored before packing is counted as JSON. PostgreSQL gives | and &lt;&lt;
    /// the same precedence, hence the parentheses.
    /// </remarks>
    public override string MatchWeightCount(string column) =>
        $"""
        CASE WHEN get_byte({column}, 0) = {PackedMatches.FormatVersion}
            THEN NULLIF(get_byte({column}, 1) | (get_byte({column}, 2) << 8) | (get_byte({column}, 3) << 16) | (get_byte({column}, 4) << 24), 0) - 1
            ELSE json_array_length(convert_from({column}, 'UTF8')::json -> 'w') END
        """;

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
