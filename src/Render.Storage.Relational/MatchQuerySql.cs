using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>
/// The WHERE clause of each <see cref="MatchQuery"/> shape over <c>match_pair</c>. Either side of an
/// OR repeats the collection key so that the engine answers each side from its own index (the
/// pair key and the q-side index).
/// </summary>
internal static class MatchQuerySql
{
    /// <summary>render's order of every match answer (the id columns sort by code point).</summary>
    public const string OrderBy = "ORDER BY p_group_id, q_group_id, p_id, q_id";

    /// <summary>The condition for <paramref name="query"/> in collection <paramref name="key"/>; adds its parameters to <paramref name="command"/>.</summary>
    public static string Where(DbCommand command, long key, MatchQuery query)
    {
        command.With("@k", key).With("@g", query.GroupId).With("@id", query.Id).With("@og", query.OtherGroupId).With("@oid", query.OtherId);
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
