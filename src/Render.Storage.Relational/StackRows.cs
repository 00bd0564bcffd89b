using System.Data.Common;
using Render.Model.Json;
using Render.Model.Stacks;

namespace Render.Storage.Relational;

/// <summary>
/// The stack table as every store reads and writes it: the stack and tile stores share this
/// rather than reach into each other. A stack row holds the metadata document (render's
/// StackMetaData JSON), the columns queries need, and the revision that every write to the stack
/// (metadata or data) increments.
/// </summary>
internal sealed class StackRows(SqlDialect dialect)
{
    private const string Columns = "stack_key, revision, meta";

    /// <summary>The stack's row, or null.</summary>
    public async Task<StackRow?> GetAsync(DbConnection connection, StackId stackId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(string.Empty);
        return await FindAsync(command, stackId, RowLock.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stack's row, locked as asked until the write ends, or null.</summary>
    public async Task<StackRow?> FindAsync(SqlWrite write, StackId stackId, RowLock rowLock, CancellationToken cancellationToken)
    {
        await using var command = write.Command(string.Empty);
        return await FindAsync(command, stackId, rowLock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The metadata of every stack (filtered by owner and project when given), in creation order.</summary>
    public static async Task<IReadOnlyList<StackMetaData>> ListAsync(DbConnection connection, string? owner, string? project, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(string.Empty);
        var conditions = new List<string> { "true" };
        if (owner is not null)
        {
            conditions.Add("owner = @o");
            command.With("@o", owner);
        }

        if (project is not null)
        {
            conditions.Add("project = @p");
            command.With("@p", project);
        }

        command.CommandText = $"SELECT {Columns} FROM stack WHERE {string.Join(" AND ", conditions)} ORDER BY stack_key";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stacks = new List<StackMetaData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stacks.Add(ReadRow(reader).Stored.MetaData);
        }

        return stacks;
    }

    /// <summary>
    /// The key a read of the stack's tiles uses: looked up inside the read's own statement, except
    /// for a box query of one layer where the engine's box index is built at COMPLETE, which asks
    /// first whether it is built. Null when the stack does not exist (only known when asked).
    /// </summary>
    public async Task<StackKey?> ReadKeyAsync(DbConnection connection, StackId stackId, TileQuery query, CancellationToken cancellationToken)
    {
        if (dialect.BuiltBoxIndex is not { } index || !query.HasBox || query.Z is null)
        {
            return StackKey.Of(stackId);
        }

        await using var command = connection.Command($"SELECT stack_key, {index.BuiltColumn} FROM stack WHERE owner = @o AND project = @p AND name = @s")
            .With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? StackKey.Of(reader.GetInt64(0), boxIndexed: reader.GetBoolean(1))
            : null;
    }

    /// <summary>Inserts the stack at revision 1; null (and nothing written) when a stack of that id exists, even one committed meanwhile.</summary>
    public static async Task<long?> InsertAsync(SqlWrite write, StackMetaData metaData, CancellationToken cancellationToken) =>
        await write.Command(
            """
            INSERT INTO stack (owner, project, name, state, revision, meta) VALUES (@o, @p, @s, @state, 1, @meta)
            ON CONFLICT (owner, project, name) DO NOTHING
            RETURNING stack_key
            """)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .LongAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Stores the metadata (ids included) as a new revision; a stack going (back) to LOADING loses its built box index, as its tiles may change.</summary>
    public async Task UpdateMetaAsync(SqlWrite write, long key, StackMetaData metaData, CancellationToken cancellationToken)
    {
        if (metaData.State == StackState.Loading && dialect.BuiltBoxIndex is { } index)
        {
            await index.DropAsync(write, key, cancellationToken).ConfigureAwait(false);
        }

        await write.Command(
            """
            UPDATE stack SET owner = @o, project = @p, name = @s, state = @state, revision = revision + 1, meta = @meta
            WHERE stack_key = @k
            """)
            .With("@k", key)
            .With("@o", metaData.StackId.Owner).With("@p", metaData.StackId.Project).With("@s", metaData.StackId.Stack)
            .With("@state", JavaEnumNames<StackState>.NameOf(metaData.State))
            .With("@meta", RenderJson.SerializeToUtf8Bytes(metaData))
            .RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts a write to the stack's data as a new revision.</summary>
    public static Task<int> CountRevisionAsync(SqlWrite write, long key, CancellationToken cancellationToken) =>
        write.Command("UPDATE stack SET revision = revision + 1 WHERE stack_key = @k").With("@k", key).RunAsync(cancellationToken);

    /// <summary>Drops the stack's tiles, transforms and section data (and its built box index).</summary>
    public async Task DropDataAsync(SqlWrite write, long key, CancellationToken cancellationToken)
    {
        if (dialect.BuiltBoxIndex is { } index)
        {
            await index.DropAsync(write, key, cancellationToken).ConfigureAwait(false);
        }

        await write.Command(
            """
            DELETE FROM tile WHERE stack_key = @k;
            DELETE FROM transform WHERE stack_key = @k;
            DELETE FROM section WHERE stack_key = @k;
            UPDATE stack SET sections_derived = false WHERE stack_key = @k;
            """).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StackRow?> FindAsync(DbCommand command, StackId stackId, RowLock rowLock, CancellationToken cancellationToken)
    {
        command.CommandText = $"SELECT {Columns} FROM stack WHERE owner = @o AND project = @p AND name = @s{dialect.Lock(rowLock)}";
        command.With("@o", stackId.Owner).With("@p", stackId.Project).With("@s", stackId.Stack);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
    }

    private static StackRow ReadRow(DbDataReader reader)
    {
        var meta = RenderJson.Parse<StackMetaData>(reader.GetFieldValue<byte[]>(2)).GetValueOrThrow();
        return new StackRow(reader.GetInt64(0), new StoredStack(meta, reader.GetInt64(1)));
    }
}
