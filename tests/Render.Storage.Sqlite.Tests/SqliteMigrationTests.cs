using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Render.Storage.Tests;

namespace Render.Storage.Sqlite.Tests;

/// <summary>An embedded database as the SQLite store made it before the stores became one (at its step 3), opened by the current store.</summary>
public sealed partial class SqliteMigrationTests : MigrationContract<TempStore>
{
    protected override int OldVersion => 3;

    protected override async Task<DbConnection> OpenAsync(TempStore? store = null)
    {
        var connection = new SqliteConnection($"Data Source={(store ?? Temporary).File};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>As the old store's InitializeAsync: 16 KiB pages, the scripts and their versions in one transaction, then WAL.</summary>
    protected override async Task CreateOldSchemaAsync()
    {
        Directory.CreateDirectory(Temporary.Folder);
        await using var connection = await OpenAsync();
        await RunAsync(connection, "PRAGMA page_size = 16384");
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await RunAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction);
            foreach (var (version, sql) in OldSchema.Scripts(typeof(SqliteMigrationTests).Assembly).Where(script => script.Version <= OldVersion))
            {
                await RunAsync(connection, sql, transaction);
                await RunAsync(connection, $"INSERT INTO schema_version (version) VALUES ({version})", transaction);
            }

            await transaction.CommitAsync();
        }

        await RunAsync(connection, "PRAGMA journal_mode = WAL");
    }

    /// <summary>The old store's COMPLETE: the stack's tiles into the whole-number R*Tree, and the flag.</summary>
    protected override Task BuildOldBoxIndexAsync(DbConnection connection, long stackKey) =>
        RunAsync(
            connection,
            $"""
            INSERT INTO tile_box
            SELECT row_id, floor(min(min_x, max_x)), ceil(max(min_x, max_x)), floor(min(min_y, max_y)), ceil(max(min_y, max_y)),
                floor(z), ceil(z), stack_key, stack_key
            FROM tile
            WHERE stack_key = {stackKey} AND z IS NOT NULL AND min_x IS NOT NULL AND min_y IS NOT NULL AND max_x IS NOT NULL AND max_y IS NOT NULL
            ORDER BY z, min_y, min_x;
            UPDATE stack SET box_indexed = 1 WHERE stack_key = {stackKey};
            """);

    protected override async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection)
    {
        string[] selects =
        [
            "SELECT 'table ' || name || ' ' || type || ' without rowid ' || wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
            """
            SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' not null ' || c."notnull" || ' default ' || coalesce(c.dflt_value, '-') || ' key ' || c.pk
            FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            """,
            """
            SELECT 'index ' || m.name || ' on ' || m.tbl_name || ' unique ' || l."unique" || ' (' || (SELECT group_concat(name, ',') FROM pragma_index_info(m.name)) || ') '
            || coalesce(m.sql, '-')
            FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name WHERE m.type = 'index'
            """,
        ];
        var lines = new List<string>();
        foreach (var select in selects)
        {
            lines.AddRange(await LinesAsync(connection, select));
        }

        return [.. lines.Select(line => Spaces().Replace(line, " ")).Order(StringComparer.Ordinal)];
    }

    private static async Task RunAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
