using System.Data.Common;
using Render.Model.Stacks;

namespace Render.Storage.Relational;

/// <summary>Stack metadata and whole-stack operations, each write one transaction under the stack's row lock.</summary>
internal sealed partial class RelationalStackStore(SqlDialect dialect, StackRows stacks) : IStackStore
{
    public async Task<StoredStack?> GetAsync(StackId stackId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await stacks.GetAsync(connection, stackId, cancellationToken).ConfigureAwait(false))?.Stored;
    }

    public async Task<IReadOnlyList<StackMetaData>> ListAsync(string? owner, string? project, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await StackRows.ListAsync(connection, owner, project, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListOwnersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
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
        dialect.WriteAsync(async write => await StackRows.InsertAsync(write, metaData, cancellationToken).ConfigureAwait(false) is not null, cancellationToken);

    public Task<bool> ReplaceAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, (write, key) => stacks.UpdateMetaAsync(write, key, replacement, cancellationToken), cancellationToken);

    public Task<bool> ReplaceAndDropDataAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (write, key) =>
        {
            await stacks.DropDataAsync(write, key, cancellationToken).ConfigureAwait(false);
            await stacks.UpdateMetaAsync(write, key, replacement, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DeleteAsync(StoredStack expected, CancellationToken cancellationToken) =>
        WithExpectedAsync(expected, async (write, key) =>
        {
            await stacks.DropDataAsync(write, key, cancellationToken).ConfigureAwait(false);
            await write.Command("DELETE FROM stack WHERE stack_key = @k").With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<RenameOutcome> RenameAsync(StoredStack expected, StackMetaData replacement, CancellationToken cancellationToken)
    {
        try
        {
            return await dialect.WriteAsync(async write =>
            {
                var row = await stacks.FindAsync(write, expected.Id, RowLock.Update, cancellationToken).ConfigureAwait(false);
                if (row is null || row.Stored.Revision != expected.Revision)
                {
                    return RenameOutcome.Conflict;
                }

                if (await stacks.FindAsync(write, replacement.StackId, RowLock.None, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return RenameOutcome.TargetExists;
                }

                await stacks.UpdateMetaAsync(write, row.Key, replacement, cancellationToken).ConfigureAwait(false);
                return RenameOutcome.Renamed;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            // Another process created the target name after the check above.
            return RenameOutcome.TargetExists;
        }
    }

    /// <summary>Locks the stack's row and runs <paramref name="write"/> when its revision is still the expected one.</summary>
    private Task<bool> WithExpectedAsync(StoredStack expected, Func<SqlWrite, long, Task> write, CancellationToken cancellationToken) =>
        dialect.WriteAsync(async transaction =>
        {
            var row = await stacks.FindAsync(transaction, expected.Id, RowLock.Update, cancellationToken).ConfigureAwait(false);
            if (row is null || row.Stored.Revision != expected.Revision)
            {
                return false;
            }

            await write(transaction, row.Key).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
