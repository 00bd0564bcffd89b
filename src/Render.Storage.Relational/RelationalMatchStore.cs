using System.Data.Common;
using System.Runtime.CompilerServices;
using Render.Model.PointMatches;

namespace Render.Storage.Relational;

/// <summary>
/// Point-match collections and their canvas pairs: the reads. A collection row holds its owner and
/// name (render keeps one Mongo collection per owner__name); a pair row its four ids as columns,
/// its consensus data as JSON and its matches packed.
/// </summary>
internal sealed partial class RelationalMatchStore(SqlDialect dialect) : IMatchStore
{
    /// <summary>Rows parsed together on all cores; big enough to share, small enough to stream.</summary>
    private const int ParseBatch = 128;

    public async Task<IReadOnlyList<MatchCollectionMetaData>> ListCollectionsAsync(string? owner, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        var where = owner is null ? string.Empty : "WHERE c.owner = @o";
        command.CommandText =
            $"""
            SELECT c.owner, c.name, (SELECT count(*) FROM match_pair p WHERE p.collection_key = c.collection_key)
            FROM match_collection c {where} ORDER BY c.owner, c.name
            """;
        command.With("@o", owner);
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
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await KeyAsync(connection, null, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async IAsyncEnumerable<CanvasMatches> FindAsync(
        MatchCollectionId collectionId, MatchQuery query, bool includeMatches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, null, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            yield break;
        }

        await using var command = connection.Command(string.Empty);
        var matches = includeMatches ? "matches" : "NULL";
        command.CommandText =
            $"SELECT p_group_id, p_id, q_group_id, q_id, consensus, match_count, {matches} FROM match_pair " +
            $"WHERE {MatchQuerySql.Where(command, key, query)} {MatchQuerySql.OrderBy}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        // Parsing the matches dominates a read: rows are read in batches and parsed on all cores,
        // in order, so memory stays bounded by the batch.
        var batch = new List<PairRow>(ParseBatch);
        var more = true;
        while (more)
        {
            batch.Clear();
            while (batch.Count < ParseBatch && (more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)))
            {
                batch.Add(ReadRow(reader, includeMatches));
            }

            foreach (var pair in ParseAll(batch))
            {
                yield return pair;
            }
        }
    }

    public async Task<IReadOnlyList<string>?> GetGroupIdsAsync(MatchCollectionId collectionId, MatchGroupIdScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyAsync(connection, null, collectionId, RowLock.None, cancellationToken).ConfigureAwait(false) is not { } key)
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

    /// <summary>The collection's internal key, or null when it does not exist; its row locked as asked until the write ends.</summary>
    private async Task<long?> KeyAsync(
        DbConnection connection, DbTransaction? transaction, MatchCollectionId collectionId, RowLock rowLock, CancellationToken cancellationToken) =>
        await connection.Command($"SELECT collection_key FROM match_collection WHERE owner = @o AND name = @n{dialect.Lock(rowLock)}", transaction)
            .With("@o", collectionId.Owner).With("@n", collectionId.Name).LongAsync(cancellationToken).ConfigureAwait(false);

    private static PairRow ReadRow(DbDataReader reader, bool includeMatches) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.NullableBytes(4),
        reader.IsDBNull(5) ? null : reader.GetInt32(5),
        includeMatches ? reader.NullableBytes(6) : null);

    private static CanvasMatches[] ParseAll(List<PairRow> rows)
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
}
