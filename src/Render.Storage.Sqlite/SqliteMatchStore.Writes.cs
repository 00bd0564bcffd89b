using Microsoft.Data.Sqlite;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Storage.Sqlite;

/// <summary>Match collections and canvas pairs on SQLite: the writes, each one transaction.</summary>
internal sealed partial class SqliteMatchStore
{
    /// <summary>render's save: a full replace of the pair with the same four ids.</summary>
    private const string UpsertPair =
        """
        INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, consensus, match_count, matches)
        VALUES (@k, @pg, @qg, @p, @q, @consensus, @count, @matches)
        ON CONFLICT (collection_key, p_group_id, q_group_id, p_id, q_id) DO UPDATE SET
            consensus = excluded.consensus, match_count = excluded.match_count, matches = excluded.matches
        """;

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

        // Rows are made before taking the write gate, so that packing the matches runs beside the
        // other request's writes.
        var rows = pairs.Select(PairRow.Of).ToArray();
        await database.WriteAsync(async (connection, transaction) =>
        {
            var key = await KeyAsync(connection, transaction, collectionId, cancellationToken).ConfigureAwait(false)
                ?? await CreateAsync(connection, transaction, collectionId, cancellationToken).ConfigureAwait(false);
            await using var command = connection.Command(UpsertPair, transaction);
            command.Parameters.AddWithValue("@k", key);
            var pGroupId = command.Parameters.Add("@pg", SqliteType.Text);
            var qGroupId = command.Parameters.Add("@qg", SqliteType.Text);
            var pId = command.Parameters.Add("@p", SqliteType.Text);
            var qId = command.Parameters.Add("@q", SqliteType.Text);
            var consensus = command.Parameters.Add("@consensus", SqliteType.Blob);
            var count = command.Parameters.Add("@count", SqliteType.Integer);
            var matches = command.Parameters.Add("@matches", SqliteType.Blob);
            command.Prepare();
            foreach (var row in rows)
            {
                pGroupId.Value = row.PGroupId;
                qGroupId.Value = row.QGroupId;
                pId.Value = row.PId;
                qId.Value = row.QId;
                consensus.Value = (object?)row.Consensus ?? DBNull.Value;
                count.Value = (object?)row.MatchCount ?? DBNull.Value;
                matches.Value = (object?)row.Matches ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(MatchCollectionId collectionId, MatchQuery query, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, async (connection, transaction, key) =>
        {
            await using var command = connection.Command(string.Empty, transaction);
            command.CommandText = $"DELETE FROM match_pair WHERE {SqliteMatchQuery.Where(command, key, query)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> DropAsync(MatchCollectionId collectionId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, async (connection, transaction, key) =>
        {
            await connection.Command("DELETE FROM match_pair WHERE collection_key = @k", transaction).With("@k", key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command("DELETE FROM match_collection WHERE collection_key = @k", transaction).With("@k", key)
                .RunAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <remarks>The count comes from the stored value (packed, or JSON stored before packing) through a function of this connection.</remarks>
    public Task<bool> UpdateMatchCountsAsync(MatchCollectionId collectionId, string pGroupId, CancellationToken cancellationToken) =>
        WriteToCollectionAsync(collectionId, (connection, transaction, key) =>
        {
            connection.CreateFunction("matches_weight_count", (byte[]? stored) => stored is null ? null : PackedMatches.WeightCount(stored), isDeterministic: true);
            return connection.Command(
                "UPDATE match_pair SET match_count = matches_weight_count(matches) WHERE collection_key = @k AND p_group_id = @g",
                transaction).With("@k", key).With("@g", pGroupId).RunAsync(cancellationToken);
        }, cancellationToken);

    public Task<RenameOutcome?> RenameAsync(MatchCollectionId from, MatchCollectionId to, CancellationToken cancellationToken) =>
        database.WriteAsync<RenameOutcome?>(async (connection, transaction) =>
        {
            if (await KeyAsync(connection, transaction, from, cancellationToken).ConfigureAwait(false) is not { } key)
            {
                return null;
            }

            if (await KeyAsync(connection, transaction, to, cancellationToken).ConfigureAwait(false) is not null)
            {
                return RenameOutcome.TargetExists;
            }

            await connection.Command("UPDATE match_collection SET owner = @o, name = @n WHERE collection_key = @k", transaction)
                .With("@o", to.Owner).With("@n", to.Name).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
            return RenameOutcome.Renamed;
        }, cancellationToken);

    private Task<bool> WriteToCollectionAsync(
        MatchCollectionId collectionId, Func<SqliteConnection, SqliteTransaction, long, Task> write, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await KeyAsync(connection, transaction, collectionId, cancellationToken).ConfigureAwait(false) is not { } key)
            {
                return false;
            }

            await write(connection, transaction, key).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static async Task<long> CreateAsync(
        SqliteConnection connection, SqliteTransaction transaction, MatchCollectionId collectionId, CancellationToken cancellationToken) =>
        (long)(await connection.Command("INSERT INTO match_collection (owner, name) VALUES (@o, @n) RETURNING collection_key", transaction)
            .With("@o", collectionId.Owner).With("@n", collectionId.Name).ScalarAsync(cancellationToken).ConfigureAwait(false))!;

    /// <summary>One pair as it is written: the ids, its consensus data as JSON and its matches packed (<see cref="PackedMatches"/>).</summary>
    private sealed record PairRow(string PGroupId, string PId, string QGroupId, string QId, byte[]? Consensus, int? MatchCount, byte[]? Matches)
    {
        public static PairRow Of(CanvasMatches pair) => new(
            pair.PGroupId!,
            pair.PId!,
            pair.QGroupId!,
            pair.QId!,
            pair.ConsensusSetData is null ? null : RenderJson.SerializeToUtf8Bytes(pair.ConsensusSetData),
            pair.MatchCount,
            pair.Matches is null ? null : PackedMatches.Pack(pair.Matches));
    }
}
