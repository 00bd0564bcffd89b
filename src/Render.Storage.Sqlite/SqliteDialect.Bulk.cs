using Microsoft.Data.Sqlite;
using Render.Storage.Relational;

namespace Render.Storage.Sqlite;

/// <summary>SQLite's bulk load: one prepared upsert, run once per row inside the write's transaction.</summary>
internal sealed partial class SqliteDialect
{
    private const string UpsertTile =
        $"""
        INSERT INTO tile (stack_key, {TileColumns.Names})
        VALUES (@k, @tileId, @z, @sectionId, @groupId, @minX, @minY, @maxX, @maxY, @channels, @spec)
        {TileColumns.UpsertClause}
        """;

    /// <summary>render's save of a pair: a full replace of the pair with the same four ids.</summary>
    private const string UpsertPair =
        """
        INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, consensus, match_count, matches)
        VALUES (@k, @pg, @qg, @p, @q, @consensus, @count, @matches)
        ON CONFLICT (collection_key, p_group_id, q_group_id, p_id, q_id) DO UPDATE SET
            consensus = excluded.consensus, match_count = excluded.match_count, matches = excluded.matches
        """;

    public override Task SaveTilesAsync(SqlWrite write, long stackKey, IReadOnlyList<TileRow> rows, CancellationToken cancellationToken)
    {
        using var command = Prepared(write, UpsertTile, stackKey);
        var (tileId, z, sectionId, groupId) = (Text(command, "@tileId"), Real(command, "@z"), Text(command, "@sectionId"), Text(command, "@groupId"));
        var (minX, minY, maxX, maxY) = (Real(command, "@minX"), Real(command, "@minY"), Real(command, "@maxX"), Real(command, "@maxY"));
        var (channels, spec) = (Text(command, "@channels"), command.Parameters.Add("@spec", SqliteType.Blob));
        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tileId.Value = row.TileId;
            z.Value = SqlCommands.DoubleValue(row.Z);
            sectionId.Value = SqlCommands.Value(row.SectionId);
            groupId.Value = SqlCommands.Value(row.GroupId);
            minX.Value = SqlCommands.DoubleValue(row.MinX);
            minY.Value = SqlCommands.DoubleValue(row.MinY);
            maxX.Value = SqlCommands.DoubleValue(row.MaxX);
            maxY.Value = SqlCommands.DoubleValue(row.MaxY);
            channels.Value = SqlCommands.Value(row.ChannelNames);
            spec.Value = row.Spec;
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override Task SavePairsAsync(SqlWrite write, long collectionKey, IReadOnlyList<PairRow> rows, CancellationToken cancellationToken)
    {
        using var command = Prepared(write, UpsertPair, collectionKey);
        var (pGroupId, qGroupId, pId, qId) = (Text(command, "@pg"), Text(command, "@qg"), Text(command, "@p"), Text(command, "@q"));
        var consensus = command.Parameters.Add("@consensus", SqliteType.Blob);
        var count = command.Parameters.Add("@count", SqliteType.Integer);
        var matches = command.Parameters.Add("@matches", SqliteType.Blob);
        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pGroupId.Value = row.PGroupId;
            qGroupId.Value = row.QGroupId;
            pId.Value = row.PId;
            qId.Value = row.QId;
            consensus.Value = SqlCommands.Value(row.Consensus);
            count.Value = SqlCommands.Value(row.MatchCount);
            matches.Value = SqlCommands.Value(row.Matches);
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private static SqliteCommand Prepared(SqlWrite write, string sql, long key)
    {
        var command = (SqliteCommand)write.Command(sql);
        command.Parameters.AddWithValue("@k", key);
        return command;
    }

    private static SqliteParameter Text(SqliteCommand command, string name) => command.Parameters.Add(name, SqliteType.Text);

    private static SqliteParameter Real(SqliteCommand command, string name) => command.Parameters.Add(name, SqliteType.Real);
}
