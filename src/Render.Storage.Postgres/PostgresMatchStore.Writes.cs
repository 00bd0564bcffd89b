using Npgsql;
using Render.Model.PointMatches;

namespace Render.Storage.Postgres;

/// <summary>Match collections and canvas pairs on PostgreSQL: the writes, each one transaction.</summary>
internal sealed partial class PostgresMatchStore
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

        // In key order (the key index's), so that concurrent saves of overlapping pairs lock them in
        // the same order (they wait for each other instead of deadlocking) and the key index fills
        // in sequence. Serialised before the transaction, in parallel for big batches.
        var rows = UpsertBatch.LastOfEach(pairs, pair => (pair.PGroupId!, pair.QGroupId!, pair.PId!, pair.QId!), EqualityComparer<(string, string, string, string)>.Default)
            .OrderBy(pair => pair.PGroupId, CodePointOrder.Instance).ThenBy(pair => pair.QGroupId, CodePointOrder.Instance)
            .ThenBy(pair => pair.PId, CodePointOrder.Instance).ThenBy(pair => pair.QId, CodePointOrder.Instance)
            .AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(PairRow.Of).ToArray();
        await database.WriteAsync(async connection =>
        {
            var key = await SharedKeyAsync(connection, collectionId, cancellationToken).ConfigureAwait(false);
            await SavePairsAsync(connection, key, rows, cancellationToken).ConfigureAwait(false);
            return rows.Length;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(MatchCollectionId collectionId, MatchQuery query, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Share, async (connection, key) =>
        {
            await using var command = connection.Command(string.Empty);
            command.CommandText = $"DELETE FROM match_pair WHERE {PostgresMatchQuery.Where(command, key, query)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DropAsync(MatchCollectionId collectionId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Update, (connection, key) =>
            connection.Command(
                """
                DELETE FROM match_pair WHERE collection_key = @k;
                DELETE FROM match_collection WHERE collection_key = @k;
                """).With("@k", key).RunAsync(cancellationToken), cancellationToken);

    /// <remarks>
    /// Packed matches keep their weight count (plus one) as a little-endian uint32 after the
    /// format byte; JSON stored before packing is counted as JSON. PostgreSQL gives | and &lt;&lt;
    /// the same precedence, hence the parentheses.
    /// </remarks>
    public Task<bool> UpdateMatchCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, RowLock.Share, (connection, key) =>
            connection.Command(
                """
                UPDATE match_pair SET match_count = CASE WHEN get_byte(matches, 0) = @packed
                    THEN NULLIF(get_byte(matches, 1) | (get_byte(matches, 2) << 8) | (get_byte(matches, 3) << 16) | (get_byte(matches, 4) << 24), 0) - 1
                    ELSE json_array_length(convert_from(matches, 'UTF8')::json -> 'w') END
                WHERE collection_key = @k AND p_group_id = @g
                """).With("@k", key).With("@g", pGroupId).With("@packed", (int)PackedMatches.FormatVersion)
                .RunAsync(cancellationToken), cancellationToken);

    public async Task<RenameOutcome?> RenameAsync(MatchCollectionId from, MatchCollectionId to, CancellationToken cancellationToken)
    {
        try
        {
            return await database.WriteAsync<RenameOutcome?>(async connection =>
            {
                if (await KeyAsync(connection, from, RowLock.Update, cancellationToken).ConfigureAwait(false) is not { } key)
                {
                    return null;
                }

                if (await KeyAsync(connection, to, RowLock.None, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return RenameOutcome.TargetExists;
                }

                await connection.Command("UPDATE match_collection SET owner = @o, name = @n WHERE collection_key = @k")
                    .With("@o", to.Owner).With("@n", to.Name).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
                return RenameOutcome.Renamed;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another process created the target after the check above.
            return RenameOutcome.TargetExists;
        }
    }

    private Task<bool> WriteToCollectionAsync(
        MatchCollectionId collectionId, RowLock rowLock, Func<NpgsqlConnection, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            if (await KeyAsync(connection, collectionId, rowLock, cancellationToken).ConfigureAwait(false) is not { } key)
            {
                return false;
            }

            await write(connection, key).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The collection's key, created when needed, its row locked FOR SHARE: other saves go on, a drop or rename waits.</summary>
    private static async Task<long> SharedKeyAsync(NpgsqlConnection connection, MatchCollectionId collectionId, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await KeyAsync(connection, collectionId, RowLock.Share, cancellationToken).ConfigureAwait(false) is { } key)
            {
                return key;
            }

            // A row inserted here is this transaction's own; one inserted by another process
            // meanwhile makes this a no-op, and the next round finds (and locks) it.
            if (await connection.Command(
                "INSERT INTO match_collection (owner, name) VALUES (@o, @n) ON CONFLICT (owner, name) DO NOTHING RETURNING collection_key")
                .With("@o", collectionId.Owner).With("@n", collectionId.Name)
                .ScalarAsync(cancellationToken).ConfigureAwait(false) is long created)
            {
                return created;
            }
        }
    }
}
