using Npgsql;
using NpgsqlTypes;
using Render.Storage.Relational;

namespace Render.Storage.Postgres;

/// <summary>
/// PostgreSQL's bulk load of canvas pairs, binary COPY: new pairs are copied straight into
/// match_pair; a batch that may replace stored pairs goes through a staging table and one upsert.
/// </summary>
internal sealed partial class PostgresDialect
{
    private const string PairColumns = "p_group_id, q_group_id, p_id, q_id, consensus, match_count, matches";

    /// <summary>When none of the pairs is stored yet, as in an import of new groups, the rows are copied straight into match_pair.</summary>
    public override async Task SavePairsAsync(SqlWrite write, long collectionKey, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken)
    {
        if (!await AnyPairStoredAsync(write, collectionKey, rows, cancellationToken).ConfigureAwait(false))
        {
            // Saves into one collection run side by side, so another may store one of these pairs
            // after the check. The copy then fails on the key index (once the other has
            // committed), and the batch is upserted instead.
            await write.Command("SAVEPOINT new_pairs").RunAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using (var copy = await ((NpgsqlConnection)write.Connection).BeginBinaryImportAsync(
                    $"COPY match_pair (collection_key, {PairColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
                {
                    await WritePairsAsync(copy, collectionKey, rows, cancellationToken).ConfigureAwait(false);
                    await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
                }

                await write.Command("RELEASE SAVEPOINT new_pairs").RunAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await write.Command("ROLLBACK TO SAVEPOINT new_pairs").RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await UpsertPairsAsync(write, collectionKey, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the collection holds one of the pairs. When no stored pair lies between the first
    /// and the last key, one index probe answers; otherwise each pair is looked up (a nested loop
    /// of index probes, which the LIMIT keeps the planner to).
    /// </summary>
    private static async Task<bool> AnyPairStoredAsync(SqlWrite write, long key, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken)
    {
        var (first, last) = (rows[0], rows[^1]);
        if (await write.Command(
                """
                SELECT EXISTS (SELECT FROM match_pair WHERE collection_key = @k
                    AND (p_group_id, q_group_id, p_id, q_id) >= (@firstPGroup, @firstQGroup, @firstP, @firstQ)
                    AND (p_group_id, q_group_id, p_id, q_id) <= (@lastPGroup, @lastQGroup, @lastP, @lastQ))
                """)
                .With("@k", key)
                .With("@firstPGroup", first.PGroupId).With("@firstQGroup", first.QGroupId).With("@firstP", first.PId).With("@firstQ", first.QId)
                .With("@lastPGroup", last.PGroupId).With("@lastQGroup", last.QGroupId).With("@lastP", last.PId).With("@lastQ", last.QId)
                .ScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            return false;
        }

        await using var command = write.Command(
            """
            SELECT EXISTS (SELECT FROM unnest(@pGroups, @qGroups, @ps, @qs) AS given (p_group_id, q_group_id, p_id, q_id)
                CROSS JOIN LATERAL (SELECT FROM match_pair m WHERE m.collection_key = @k AND m.p_group_id = given.p_group_id
                    AND m.q_group_id = given.q_group_id AND m.p_id = given.p_id AND m.q_id = given.q_id LIMIT 1) AS stored)
            """).With("@k", key);
        command.Parameters.Add(Texts("@pGroups", rows.Select(row => row.PGroupId)));
        command.Parameters.Add(Texts("@qGroups", rows.Select(row => row.QGroupId)));
        command.Parameters.Add(Texts("@ps", rows.Select(row => row.PId)));
        command.Parameters.Add(Texts("@qs", rows.Select(row => row.QId)));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>
    /// render's save for pairs that may replace stored ones (a full replace of the pair with the
    /// same four ids): the rows are copied into a staging table of this transaction, then upserted
    /// in one statement. The staging table keeps rows uncompressed up to the size match_pair does:
    /// otherwise each ~4 KB pair would be compressed on its way in, and match_pair would receive,
    /// store and serve it compressed.
    /// </summary>
    private static async Task UpsertPairsAsync(SqlWrite write, long key, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken)
    {
        await write.Command(
            """
            CREATE TEMPORARY TABLE match_stage (
                p_group_id text, q_group_id text, p_id text, q_id text, consensus bytea, match_count integer, matches bytea)
                WITH (toast_tuple_target = 8160) ON COMMIT DROP
            """).RunAsync(cancellationToken).ConfigureAwait(false);
        await using (var copy = await ((NpgsqlConnection)write.Connection).BeginBinaryImportAsync(
            $"COPY match_stage ({PairColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            await WritePairsAsync(copy, collectionKey: null, rows, cancellationToken).ConfigureAwait(false);
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await write.Command(
            $"""
            INSERT INTO match_pair (collection_key, {PairColumns})
            SELECT @k, {PairColumns} FROM match_stage
            ON CONFLICT (collection_key, p_group_id, q_group_id, p_id, q_id) DO UPDATE SET
                consensus = excluded.consensus, match_count = excluded.match_count, matches = excluded.matches
            """).With("@k", key).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the rows' columns (<see cref="PairColumns"/>, after the collection key when there is one).</summary>
    private static async Task WritePairsAsync(NpgsqlBinaryImporter copy, long? collectionKey, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            if (collectionKey is { } key)
            {
                await copy.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            }

            await copy.WriteOrNullAsync(row.PGroupId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.QGroupId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.PId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.QId, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.Consensus, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.MatchCount, cancellationToken).ConfigureAwait(false);
            await copy.WriteOrNullAsync(row.Matches, cancellationToken).ConfigureAwait(false);
        }
    }

    private static NpgsqlParameter Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
