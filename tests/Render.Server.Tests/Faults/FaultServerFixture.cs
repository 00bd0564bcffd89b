using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Render.Server.Tests.Harness;
using Render.Storage.Postgres.Tests;

namespace Render.Server.Tests.Faults;

/// <summary>A server whose store a test may damage behind its back with SQL of its own.</summary>
public abstract class FaultServerFixture : ServerFixture
{
    /// <summary>Runs <paramref name="sql"/> on the server's database, outside the server.</summary>
    public abstract Task ExecuteAsync(string sql);
}

/// <summary>The embedded store in a temporary folder.</summary>
public sealed class SqliteFaultFixture : FaultServerFixture
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "render-faults-" + Guid.NewGuid().ToString("N"));

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "render.sqlite")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override Task<RenderServerOptions> CreateOptionsAsync() =>
        Task.FromResult(new RenderServerOptions { Port = 0, DataDirectory = _dataDirectory, LogLevel = LogLevel.Critical });

    protected override Task DisposeStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The PostgreSQL store on a fresh database of the test process's cluster.</summary>
public sealed class PostgresFaultFixture : FaultServerFixture
{
    private string _connectionString = null!;

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<RenderServerOptions> CreateOptionsAsync()
    {
        _connectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync();
        return new RenderServerOptions { Port = 0, DatabaseConnectionString = _connectionString, LogLevel = LogLevel.Critical };
    }

    protected override async Task DisposeStoreAsync() => await (await PostgresCluster.GetAsync()).DropDatabaseAsync(_connectionString);
}
