using System.Data.Common;
using Render.Model.PointMatches;

namespace Render.Storage.Relational;

/// <summary>
/// Point-match collections and their canvas pairs: the writes, each one transaction. Saves and
/// deletes lock the collection's row for share (saves into one collection run side by side); drops
/// and renames lock it for update.
/// </summary>
internal sealed partial class RelationalMatchStore
{
    public async Task SaveAsync(MatchCollectionId collectionId, IReadOnlyCollection<CanvasMatches> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return;
        }

        if (pairs.Any(pair => pair.PGroupId is null || pair.PId is null || pair.QGroupId is null || pair.QId is null))
        {
            throw new ArgumentException("every pair needs pGroupId, pId, qGroupId and qId", nameof(pairs));
        }

        // One row per pair (the last given), in key order: concurrent saves of overlapping pairs
        // lock them in the same order (they wait for each other instead of deadlocking), and the
        // key index fills in sequence. The rows are packed before the write, on the request's own
        // thread: with two requests in flight the other core is busy with the other's.
        var rows = UpsertBatch.LastOfEach(pairs, pair => (pair.PGroupId!, pair.QGroupId!, pair.PId!, pair.QId!), EqualityComparer<(string, string, string, string)>.Default)
            .OrderBy(pair => pair.PGroupId, CodePointOrder.Instance).ThenBy(pair => pair.QGroupId, CodePointOrder.Instance)
            .ThenBy(pair => pair.PId, CodePointOrder.Instance).ThenBy(pair => pair.QId, CodePointOrder.Instance)
            .Select(PairRow.Of).ToArray();
        await dialect.WriteAsync(async write =>
        {
            var key = await SharedKeyAsync(write, collectionId, cancellationToken).ConfigureAwait(false);
            await dialect.SavePairsAsync(write, key, rows, cancellationToken).ConfigureAwait(false);
            return rows.Length;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(MatchCollectionId collectionId, MatchQuery query, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Share, async (write, key) =>
        {
            await using var command = write.Command(string.Empty);
            command.CommandText = $"DELETE FROM match_pair WHERE {MatchQuerySql.Where(command, key, query)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DropAsync(MatchCollectionId collectionId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Update, (write, key) =>
            write.Command(
                """
                DELETE FROM match_pair WHERE collection_key = @k;
                DELETE FROM match_collection WHERE collection_key = @k;
                """).With("@k", key).RunAsync(cancellationToken), cancellationToken);

    public Task<bool> UpdateMatchCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Share, (write, key) =>
            write.Command($"UPDATE match_pair SET match_count = {dialect.MatchWeightCount("matches")} WHERE collection_key = @k AND p_group_id = @g")
                .With("@k", key).With("@g", pGroupId).RunAsync(cancellationToken), cancellationToken);

    public async Task<RenameOutcome?> RenameAsync(MatchCollectionId from, MatchCollectionId to, CancellationToken cancellationToken)
    {
        try
        {
            return await dialect.WriteAsync<RenameOutcome?>(async write =>
            {
                if (await KeyAsync(write.Connection, write.Transaction, from, RowLock.Update, cancellationToken).ConfigureAwait(false) is not { } key)
                {
                    return null;
                }

                if (await KeyAsync(write.Connection, write.Transaction, to, RowLock.None, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return RenameOutcome.TargetExists;
                }

                await write.Command("UPDATE match_collection SET owner = @o, name = @n WHERE collection_key = @k")
                    .With("@o", to.Owner).With("@n", to.Name).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
                return RenameOutcome.Renamed;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            // Another process created the target after the check above.
            return RenameOutcome.TargetExists;
        }
    }

    private Task<bool> WriteToCollectionAsync(
        MatchCollectionId collectionId, RowLock rowLock, Func<SqlWrite, long, Task> write, CancellationToken cancellationToken) =>
        dialect.WriteAsync(async transaction =>
        {
            if (await KeyAsync(transaction.Connection, transaction.Transaction, collectionId, rowLock, cancellationToken).ConfigureAwait(false) is not { } key)
            {
                return false;
            }

            await write(transaction, key).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The collection's key, created when needed, its row locked for share: other saves go on, a drop or rename waits.</summary>
    private async Task<long> SharedKeyAsync(SqlWrite write, MatchCollectionId collectionId, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await KeyAsync(write.Connection, write.Transaction, collectionId, RowLock.Share, cancellationToken).ConfigureAwait(false) is { } key)
            {
                return key;
            }

            // A row inserted here is this transaction's own; one inserted by another process
            // meanwhile makes this a no-op, and the next round finds (and locks) it.
            if (await write.Command(
                "INSERT INTO match_collection (owner, name) VALUES (@o, @n) ON CONFLICT (owner, name) DO NOTHING RETURNING collection_key")
                .With("@o", collectionId.Owner).With("@n", collectionId.Name)
                .LongAsync(cancellationToken).ConfigureAwait(false) is { } created)
            {
                return created;
            }
        }
    }
}
