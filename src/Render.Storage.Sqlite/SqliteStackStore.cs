using Microsoft.Data.Sqlite;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Storage.Sqlite;

/// <summary>Stack metadata rows and whole-stack operations on SQLite.</summary>
internal sealed partial class SqliteStackStore(SqliteDatabase database) : IStackStore
{
    private const string StackColumns = "stack_key, revision, meta";

    public async Task<StoredStack?> GetAsync(StackId stackId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(connection, null, stackId, cancellationToken).ConfigureAwait(false);
        return row?.Stored;
    }

    public async Task<IReadOnlyList<StackMetaData>> ListAsync(string? owner, string? project, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {StackColumns} FROM stack WHERE (@o IS NULL OR owner = @o) AND (@p IS NULL OR project = @p)")
            .With("@o", owner).With("@p", project);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stacks = new List<StackMetaData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stacks.Add(ReadRow(reader).Stored.MetaData);
        }

        return stacks;
    }

    public async Task<IReadOnlyList<string>> ListOwnersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT DISTINCT owner FROM stack ORDER BY owner");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var owners = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            owners.Add(reader.GetString(0));
        }

        return owners;
    }

    public Task<bool> CreateAsync(StackMetaData metaData, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await FindAsync(connection, transaction, metaData.StackId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }

            await InsertAsync(connection, transaction, metaData, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> ReplaceAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, (connection, transaction, key) =>
            UpdateMetaAsync(connection, transaction, key, replacement, cancellationToken), cancellationToken);

    public Task<bool> ReplaceAndDropDataAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (connection, transaction, key) =>
        {
            await DropDataAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false);
            await UpdateMetaAsync(connection, transaction, key, replacement, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DeleteAsync(StoredStack expected, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (connection, transaction, key) =>
        {
            await DropDataAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false);
            await connection.Command("DELETE FROM stack WHERE stack_key = @k", transaction).With("@k", key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<RenameOutcome> RenameAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var row = await FindAsync(connection, transaction, expected.Id, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.Revision != expected.Revision)
            {
                return RenameOutcome.Conflict;
            }

            if (await FindAsync(connection, transaction, replacement.StackId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return RenameOutcome.TargetExists;
            }

            await UpdateMetaAsync(connection, transaction, row.Key, replacement, cancellationToken).ConfigureAwait(false);
            return RenameOutcome.Renamed;
        }, cancellationToken);

    internal static async Task<StackRow?> FindAsync(
        SqliteConnection connection, SqliteTransaction? transaction, StackId stackId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {StackColumns} FROM stack WHERE owner = @o AND project = @p AND name = @s", transaction)
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
    }

    internal static Task DropDataAsync(SqliteConnection connection, SqliteTransaction transaction, long key, CancellationToken cancellationToken) =>
        connection.Command(
            $"""
            {DropBoxIndex}
            DELETE FROM tile WHERE stack_key = @k;
            DELETE FROM transform WHERE stack_key = @k;
            DELETE FROM section WHERE stack_key = @k;
            UPDATE stack SET sections_derived = 0 WHERE stack_key = @k;
            """, transaction).With("@k", key).RunAsync(cancellationToken);

    /// <summary>Removes the stack's entries from the box index (a no-op unless it was built).</summary>
    internal const string DropBoxIndex =
        """
        DELETE FROM tile_box WHERE (SELECT box_indexed FROM stack WHERE stack_key = @k) = 1
            AND id IN (SELECT row_id FROM tile WHERE stack_key = @k);
        UPDATE stack SET box_indexed = 0 WHERE stack_key = @k;
        """;

    private static async Task<long> InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, StackMetaData metaData, CancellationToken cancellationToken)
    {
        var key = await connection.Command(
            """
            INSERT INTO stack (owner, project, name, state, revision, meta) VALUES (@o, @p, @s, @state, 1, @meta)
            RETURNING stack_key
            """, transaction)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .ScalarAsync(cancellationToken).ConfigureAwait(false);
        return (long)key!;
    }

    /// <summary>Stores the metadata; a stack going (back) to LOADING loses its box index, as its tiles may change.</summary>
    private static Task<int> UpdateMetaAsync(
        SqliteConnection connection, SqliteTransaction transaction, long key, StackMetaData metaData, CancellationToken cancellationToken) =>
        connection.Command(
            (metaData.State == StackState.Loading ? DropBoxIndex : string.Empty) +
            """
            UPDATE stack SET owner = @o, project = @p, name = @s, state = @state, revision = revision + 1, meta = @meta
            WHERE stack_key = @k;
            """, transaction)
            .With("@k", key)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .RunAsync(cancellationToken);

    private Task<bool> WithExpectedAsync(
        StoredStack expected, Func<SqliteConnection, SqliteTransaction, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var row = await FindAsync(connection, transaction, expected.Id, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.Revision != expected.Revision)
            {
                return false;
            }

            await write(connection, transaction, row.Key).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static StackRow ReadRow(SqliteDataReader reader)
    {
        var meta = RenderJson.Parse<StackMetaData>(reader.GetFieldValue<byte[]>(2)).GetValueOrThrow();
        return new StackRow(reader.GetInt64(0), new StoredStack(meta, reader.GetInt64(1)));
    }

    /// <summary>A stack row: its internal key and its metadata.</summary>
    internal sealed record StackRow(long Key, StoredStack Stored);
}
