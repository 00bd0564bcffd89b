using Microsoft.Data.Sqlite;

namespace Render.Storage.Sqlite;

/// <summary>
/// The WHERE clause of each <see cref="MatchQuery"/> shape over <c>match_pair</c>. Either side of an
/// OR repeats the collection key so that SQLite answers each side from its own index.
/// </summary>
internal static class SqliteMatchQuery
{
    /// <summary>render's order of every match answer.</summary>
    public const string OrderBy = "ORDER BY p_group_id, q_group_id, p_id, q_id";

    /// <summary>The condition for <paramref name="query"/> in collection <paramref name="key"/>; adds its parameters to <paramref name="command"/>.</summary>
    public static string Where(SqliteCommand command, long key, MatchQuery query)
    {
        command.Parameters.AddWithValue("@k", key);
        command.Parameters.AddWithValue("@g", query.GroupId);
        command.Parameters.AddWithValue("@id", (object?)query.Id ?? DBNull.Value);
        command.Parameters.AddWithValue("@og", (object?)query.OtherGroupId ?? DBNull.Value);
        command.Parameters.AddWithValue("@oid", (object?)query.OtherId ?? DBNull.Value);
        return query.Kind switch
        {
            MatchQueryKind.WithPGroup => "collection_key = @k AND p_group_id = @g",
            MatchQueryKind.WithinGroup => "collection_key = @k AND p_group_id = @g AND q_group_id = @g",
            MatchQueryKind.OutsideGroup =>
                "(collection_key = @k AND p_group_id = @g AND q_group_id <> @g) OR (collection_key = @k AND q_group_id = @g AND p_group_id <> @g)",
            MatchQueryKind.BetweenGroups => "collection_key = @k AND p_group_id = @g AND q_group_id = @og",
            MatchQueryKind.BetweenCanvases =>
                "collection_key = @k AND p_group_id = @g AND q_group_id = @og AND p_id = @id AND q_id = @oid",
            MatchQueryKind.CanvasWithGroup =>
                "(collection_key = @k AND p_group_id = @g AND q_group_id = @og AND p_id = @id) OR " +
                "(collection_key = @k AND q_group_id = @g AND q_id = @id AND p_group_id = @og)",
            MatchQueryKind.InvolvingCanvas =>
                "(collection_key = @k AND p_group_id = @g AND p_id = @id) OR (collection_key = @k AND q_group_id = @g AND q_id = @id)",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Kind, "unknown match query shape"),
        };
    }
}
