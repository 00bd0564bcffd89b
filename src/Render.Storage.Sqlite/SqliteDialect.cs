using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Storage.Relational;

namespace Render.Storage.Sqlite;

/// <summary>
/// The relational store on one SQLite file. Readers open pooled connections freely (WAL lets them
/// read while a write is in progress); writers of this process take turns through one gate and hold
/// an IMMEDIATE transaction (the whole database's write lock, so rows need no locks of their own),
/// and other processes on the same file wait on the busy timeout.
/// </summary>
internal sealed partial class SqliteDialect : SqlDialect
{
    /// <summary>
    /// Pages of 16 KiB for a new file (SQLite ignores the setting once a table exists): a pair's
    /// matches (about 4 KB for 50 matches) would not fit a default 4 KiB page and spill to overflow pages.
    /// </summary>
    private const int PageSize = 16384;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteDialect(string path)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override IBuiltBoxIndex BuiltBoxIndex { get; } = new SqliteBoxIndex();

    public override IReadOnlyDictionary<string, string> SchemaWords => Words;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            connection.CreateFunction("matches_weight_count", (byte[]? stored) => stored is null ? null : PackedMatches.WeightCount(stored), isDeterministic: true);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task<SqlWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return new SqlWrite(connection, ((SqliteConnection)connection).BeginTransaction(deferred: false), new Turn(_writeGate));
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            _writeGate.Release();
            throw;
        }
    }

    public override async Task MigrateAsync(Func<SqlWrite, Task> migrate, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.Command($"PRAGMA page_size = {PageSize}").RunAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteAsync(async write =>
        {
            await migrate(write).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

        // WAL cannot be switched on inside a transaction; it is a property of the file and persists.
        await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.Command("PRAGMA journal_mode = WAL").ScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override string Lock(RowLock rowLock) => string.Empty;

    /// <remarks>Writers hold the whole database, so a write's own check cannot go stale; this is for completeness.</remarks>
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    public override string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<string> values)
    {
        command.With(name, RenderJson.Serialize(values.ToList()));
        return $"{column} IN (SELECT value FROM json_each({name}))";
    }

    public override string AnyOf(DbCommand command, string column, string name, IReadOnlyCollection<double> values)
    {
        command.With(name, "[" + string.Join(",", values.Select(value => value.ToString("R", CultureInfo.InvariantCulture))) + "]");
        return $"{column} IN (SELECT value FROM json_each({name}))";
    }

    /// <remarks>The count comes from the stored value (packed, or JSON stored before packing) through a function of each connection.</remarks>
    public override string MatchWeightCount(string column) => $"matches_weight_count({column})";

    public override ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <summary>A writer's turn through the gate, given back when its write is disposed.</summary>
    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
