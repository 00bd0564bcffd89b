using System.Data;
using System.Data.Common;
using Render.Model.PointMatches;
using Render.Model.Stacks;

namespace Render.Storage.Tests;

/// <summary>
/// A database made by the stores before they became one: the engine's old migration scripts (kept
/// in its test project's <c>OldSchema/</c>) and rows written as those stores wrote them. The
/// current store must open it, upgrade it and read everything back, then take writes; and an
/// upgraded database must end with the schema of a new one.
/// </summary>
public abstract partial class MigrationContract<TStore> : IAsyncLifetime
    where TStore : ITemporaryStore, new()
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly StackId CompleteStack = new("o", "p", "complete");
    private static readonly StackId LoadingStack = new("o", "p", "loading");
    private static readonly StackId OfflineStack = new("n", "q", "offline");
    private static readonly MatchCollectionId Pairs = new("o", "pairs");
    private static readonly MatchCollectionId Emptied = new("o", "emptied");

    private IRenderStore _store = null!;

    protected TStore Temporary { get; } = new();

    /// <summary>The old store's last migration (SQLite 3, PostgreSQL 4).</summary>
    protected abstract int OldVersion { get; }

    public async Task InitializeAsync()
    {
        _store = await Temporary.CreateAsync();
        await CreateOldSchemaAsync();
        await WriteOldDataAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await Temporary.DeleteAsync();
    }

    [Fact]
    public async Task Initialize_OldDatabase_RunsTheLaterStepsOnly()
    {
        await _store.InitializeAsync(None);

        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        var versions = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                versions.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal([1L, 2, 3, 4, 5], versions);
    }

    [Fact]
    public async Task Initialize_OldDatabase_EndsWithTheSchemaOfANewOne()
    {
        await _store.InitializeAsync(None);
        var fresh = new TStore();
        var store = await fresh.CreateAsync();
        IReadOnlyList<string> expected;
        try
        {
            await store.InitializeAsync(None);
            await using var connection = await OpenAsync(fresh);
            expected = await DescribeSchemaAsync(connection);
        }
        finally
        {
            await store.DisposeAsync();
            await fresh.DeleteAsync();
        }

        await using var upgraded = await OpenAsync();
        Assert.Equal(expected, await DescribeSchemaAsync(upgraded));
    }

    /// <summary>Opens a connection (without a store) to the database of <paramref name="store"/>, the test's own when null.</summary>
    protected abstract Task<DbConnection> OpenAsync(TStore? store = default);

    /// <summary>Runs the old scripts up to <see cref="OldVersion"/> the way the old store did, recording each in <c>schema_version</c>.</summary>
    protected abstract Task CreateOldSchemaAsync();

    /// <summary>What the old store did to index a stack set COMPLETE (SQLite: its R*Tree and flag; PostgreSQL at 4: nothing).</summary>
    protected abstract Task BuildOldBoxIndexAsync(DbConnection connection, long stackKey);

    /// <summary>Every table, column, index and table option of the schema, one line each, sorted.</summary>
    protected abstract Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection);

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    protected static async Task<List<string>> LinesAsync(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private static async Task<long> InsertAsync(DbConnection connection, string sql, params Parameter[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Parameter P(string name, string? value) => new(name, value, DbType.String);

    private static Parameter P(string name, double? value) => new(name, value, DbType.Double);

    private static Parameter P(string name, long value) => new(name, value, DbType.Int64);

    private static Parameter P(string name, int? value) => new(name, value, DbType.Int32);

    private static Parameter P(string name, bool value) => new(name, value, DbType.Boolean);

    private static Parameter P(string name, byte[]? value) => new(name, value, DbType.Binary);

    /// <summary>A typed parameter, so that a NULL still has the column's type.</summary>
    private sealed record Parameter(string Name, object? Value, DbType Type);
}
