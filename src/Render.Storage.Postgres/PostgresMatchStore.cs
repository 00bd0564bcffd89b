using System.Runtime.CompilerServices;
using Npgsql;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Storage.Postgres;

/// <summary>Match collections and canvas pairs on PostgreSQL: the reads.</summary>
internal sealed partial class PostgresMatchStore(PostgresDatabase database) : IMatchStore
{
    /// <summary>Rows parsed together on all cores; big enough to share, small enough to stream.</summary>
    private const int ParseBatch = 128;

    public async Task<IReadOnlyList<MatchCollectionMetaData>> ListCollectionsAsync(string? owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            """
            SELECT c.owner, c.name, (SELECT count(*) FROM match_pair p WHERE p.collection_key = c.collection_key)
            FROM match_collection c WHERE @o IS NULL OR c.owner = @o ORDER BY c.owner, c.name
            """).With("@o", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var collections = new List<MatchCollectionMetaData>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            collections.Add(new MatchCollectionMetaData(new MatchCollectionId(reader.GetString(0), reader.GetString(1)), reader.GetInt64(2)));
        }

        return collections;
    }

    public async Task<bool> ExistsAsync(MatchCollectionId collectionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await KeyAsync(connection, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async IAsyncEnumerable<CanvasMatches> FindAsync(
        MatchCollectionId collectionId, MatchQuery query, bool includeMatches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        await using var command = connection.Command(string.Empty);
        var matches = includeMatches ? "matches" : "NULL::bytea";
        command.CommandText =
            $"SELECT p_group_id, p_id, q_group_id, q_id, consensus, match_count, {matches} FROM match_pair " +
            $"WHERE {PostgresMatchQuery.Where(command, key, query)} {PostgresMatchQuery.OrderBy}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        // Parsing the matches dominates a read: rows are read in batches and parsed on all cores,
        // in order, so memory stays bounded by the batch.
        var batch = new List<StoredPair>(ParseBatch);
        var more = true;
        while (more)
        {
            batch.Clear();
            while (batch.Count < ParseBatch && (more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)))
            {
                batch.Add(ReadRow(reader));
            }

            foreach (var pair in ParseAll(batch))
            {
                yield return pair;
            }
        }
    }

    public async Task<IReadOnlyList<string>?> GetGroupIdsAsync(
        MatchCollectionId collectionId, MatchGroupIdScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        const string p = "SELECT p_group_id AS g FROM match_pair WHERE collection_key = @k";
        const string q = "SELECT q_group_id AS g FROM match_pair WHERE collection_key = @k";
        const string consensus = " AND consensus IS NOT NULL";
        var select = scope switch
        {
            MatchGroupIdScope.PGroups => p,
            MatchGroupIdScope.QGroups => q,
            MatchGroupIdScope.AllGroups => $"{p} UNION {q}",
            MatchGroupIdScope.ConsensusPGroups => p + consensus,
            MatchGroupIdScope.ConsensusGroups => $"{p}{consensus} UNION {q}{consensus}",
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown group id scope"),
        };
        await using var command = connection.Command($"SELECT DISTINCT g FROM ({select}) AS groups ORDER BY g").With("@k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var groupIds = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            groupIds.Add(reader.GetString(0));
        }

        return groupIds;
    }

    /// <summary>The collection's internal key, or null when it does not exist; the row locked as asked until the transaction ends.</summary>
    private static async Task<long?> KeyAsync(
        NpgsqlConnection connection, MatchCollectionId collectionId, RowLock rowLock, CancellationToken cancellationToken)
    {
        var suffix = rowLock switch
        {
            RowLock.Share => " FOR SHARE",
            RowLock.Update => " FOR UPDATE",
            _ => string.Empty,
        };
        return (long?)await connection.Command($"SELECT collection_key FROM match_collection WHERE owner = @o AND name = @n{suffix}")
            .With("@o", collectionId.Owner).With("@n", collectionId.Name).ScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static StoredPair ReadRow(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4),
        reader.IsDBNull(5) ? null : reader.GetInt32(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6));

    private static CanvasMatches[] ParseAll(List<StoredPair> rows)
    {
        var pairs = new CanvasMatches[rows.Count];
        if (rows.Count < 16)
        {
            for (var i = 0; i < pairs.Length; i++)
            {
                pairs[i] = rows[i].Parse();
            }
        }
        else
        {
            Parallel.For(0, pairs.Length, i => pairs[i] = rows[i].Parse());
        }

        return pairs;
    }

    /// <summary>How a collection row is locked when read in a write.</summary>
    private enum RowLock
    {
        None,
        Share,
        Update,
    }

    /// <summary>One row as read, before its consensus JSON is parsed and its matches unpacked.</summary>
    private sealed record StoredPair(string PGroupId, string PId, string QGroupId, string QId, byte[]? Consensus, int? MatchCount, byte[]? Matches)
    {
        public CanvasMatches Parse() => new(
            PGroupId,
            PId,
            QGroupId,
            QId,
            Consensus is null ? null : RenderJson.Parse<ConsensusSetData>(Consensus).GetValueOrThrow(),
            Matches is null ? null : PackedMatches.Unpack(Matches),
            MatchCount);
    }
}
