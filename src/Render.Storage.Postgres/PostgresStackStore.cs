using Npgsql;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Storage.Postgres;

/// <summary>Stack metadata rows and whole-stack operations on PostgreSQL.</summary>
internal sealed partial class PostgresStackStore(PostgresDatabase database) : IStackStore
{
    private const string StackColumns = "stack_key, revision, meta";

    public async Task<StoredStack?> GetAsync(StackId stackId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(connection, stackId, forUpdate: false, cancellationToken).ConfigureAwait(false);
        return row?.Stored;
    }

    public async Task<IReadOnlyList<StackMetaData>> ListAsync(string? owner, string? project, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // In creation order, as the embedded store lists them.
        await using var command = connection.Command(
            $"SELECT {StackColumns} FROM stack WHERE (@o IS NULL OR owner = @o) AND (@p IS NULL OR project = @p) ORDER BY stack_key")
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
        database.WriteAsync(async connection =>
            await InsertAsync(connection, metaData, cancellationToken).ConfigureAwait(false) is not null, cancellationToken);

    public Task<bool> ReplaceAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, (connection, key) =>
            UpdateMetaAsync(connection, key, replacement, cancellationToken), cancellationToken);

    public Task<bool> ReplaceAndDropDataAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (connection, key) =>
        {
            await DropDataAsync(connection, key, cancellationToken).ConfigureAwait(false);
            await UpdateMetaAsync(connection, key, replacement, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DeleteAsync(StoredStack expected, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (connection, key) =>
        {
            await DropDataAsync(connection, key, cancellationToken).ConfigureAwait(false);
            await connection.Command("DELETE FROM stack WHERE stack_key = @k").With("@k", key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<RenameOutcome> RenameAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken)
    {
        try
        {
            return await database.WriteAsync(async connection =>
            {
                var row = await FindAsync(connection, expected.Id, forUpdate: true, cancellationToken).ConfigureAwait(false);
                if (row is null || row.Stored.Revision != expected.Revision)
                {
                    return RenameOutcome.Conflict;
                }

                if (await FindAsync(connection, replacement.StackId, forUpdate: false, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return RenameOutcome.TargetExists;
                }

                await UpdateMetaAsync(connection, row.Key, replacement, cancellationToken).ConfigureAwait(false);
                return RenameOutcome.Renamed;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another process created the target name after the check above.
            return RenameOutcome.TargetExists;
        }
    }

    /// <summary>The stack's row; with <paramref name="forUpdate"/> locked until the transaction ends.</summary>
    internal static async Task<StackRow?> FindAsync(NpgsqlConnection connection, StackId stackId, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {StackColumns} FROM stack WHERE owner = @o AND project = @p AND name = @s{(forUpdate ? " FOR UPDATE" : string.Empty)}")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
    }

    internal static Task<int> DropDataAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken) =>
        connection.Command(
            """
            DELETE FROM tile WHERE stack_key = @k;
            DELETE FROM transform WHERE stack_key = @k;
            DELETE FROM section WHERE stack_key = @k;
            UPDATE stack SET sections_derived = false WHERE stack_key = @k;
            """).With("@k", key).RunAsync(cancellationToken);

    /// <summary>Inserts the stack; null (and nothing written) when a stack of that id exists, even one committed meanwhile.</summary>
    private static async Task<long?> InsertAsync(NpgsqlConnection connection, StackMetaData metaData, CancellationToken cancellationToken) =>
        (long?)await connection.Command(
            """
            INSERT INTO stack (owner, project, name, state, revision, meta) VALUES (@o, @p, @s, @state, 1, @meta)
            ON CONFLICT (owner, project, name) DO NOTHING
            RETURNING stack_key
            """)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .ScalarAsync(cancellationToken).ConfigureAwait(false);

    private static Task<int> UpdateMetaAsync(NpgsqlConnection connection, long key, StackMetaData metaData, CancellationToken cancellationToken) =>
        connection.Command(
            """
            UPDATE stack SET owner = @o, project = @p, name = @s, state = @state, revision = revision + 1, meta = @meta
            WHERE stack_key = @k;
            """)
            .With("@k", key)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .RunAsync(cancellationToken);

    private Task<bool> WithExpectedAsync(StoredStack expected, Func<NpgsqlConnection, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var row = await FindAsync(connection, expected.Id, forUpdate: true, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.Revision != expected.Revision)
            {
                return false;
            }

            await write(connection, row.Key).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static StackRow ReadRow(NpgsqlDataReader reader)
    {
        var meta = RenderJson.Parse<StackMetaData>(reader.GetFieldValue<byte[]>(2)).GetValueOrThrow();
        return new StackRow(reader.GetInt64(0), new StoredStack(meta, reader.GetInt64(1)));
    }

    /// <summary>A stack row: its internal key and its metadata.</summary>
    internal sealed record StackRow(long Key, StoredStack Stored);
}
