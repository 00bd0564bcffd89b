using System.Data.Common;
using Npgsql;
using Render.Storage.Tests;

namespace Render.Storage.Postgres.Tests;

/// <summary>A database as the PostgreSQL store made it before the stores became one (at its step 4), opened by the current store.</summary>
public sealed class PostgresMigrationTests : MigrationContract<TempDatabase>
{
    protected override int OldVersion => 4;

    protected override async Task<DbConnection> OpenAsync(TempDatabase? store = null)
    {
        var connection = new NpgsqlConnection((store ?? Temporary).ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>As the old store's InitializeAsync: the scripts and their versions in one transaction.</summary>
    protected override async Task CreateOldSchemaAsync()
    {
        await using var connection = (NpgsqlConnection)await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await RunAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
        foreach (var (version, sql) in OldSchema.Scripts(typeof(PostgresMigrationTests).Assembly).Where(script => script.Version <= OldVersion))
        {
            await RunAsync(connection, sql);
            await RunAsync(connection, $"INSERT INTO schema_version (version) VALUES ({version})");
        }

        await transaction.CommitAsync();
    }

    /// <summary>Nothing: at step 4 the bounds index follows every save.</summary>
    protected override Task BuildOldBoxIndexAsync(DbConnection connection, long stackKey) => Task.CompletedTask;

    protected override async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection)
    {
        string[] selects =
        [
            """
            SELECT concat_ws(' ', 'column', table_name || '.' || column_name, data_type, collation_name, is_nullable, column_default, is_identity, identity_generation)
            FROM information_schema.columns WHERE table_schema = 'public'
            """,
            "SELECT concat_ws(' ', 'index', indexname, indexdef) FROM pg_indexes WHERE schemaname = 'public'",
            "SELECT concat_ws(' ', 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
            "SELECT concat_ws(' ', 'table', relname, array_to_string(reloptions, ',')) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'",
            "SELECT 'extension ' || extname FROM pg_extension",
        ];
        var lines = new List<string>();
        foreach (var select in selects)
        {
            lines.AddRange(await LinesAsync(connection, select));
        }

        return [.. lines.Order(StringComparer.Ordinal)];
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
