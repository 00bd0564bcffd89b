using Npgsql;

namespace Render.Storage.Postgres;

/// <summary>
/// Turns a <see cref="TileQuery"/> into the FROM/WHERE/ORDER BY of a tile select. The tileId
/// pattern is not part of it: <see cref="TileIdPattern"/> applies that in the process.
/// </summary>
internal static class PostgresTileQuery
{
    /// <summary>A select of <paramref name="columns"/> (over alias <c>t</c>) for the tiles of one stack.</summary>
    public static NpgsqlCommand Select(NpgsqlConnection connection, StackKey stack, TileQuery query, string columns, bool ordered = true)
    {
        var command = connection.Command(string.Empty);
        var sql = $"SELECT {columns} FROM {FromAndWhere(command, stack, query)}";
        command.CommandText = ordered ? $"{sql} ORDER BY {OrderBy(query.Order)}" : sql;
        return command;
    }

    /// <summary>
    /// The FROM and WHERE clauses (parameters added to <paramref name="command"/>). Box queries are
    /// answered by the tile_bounds index: its scan is bounded by z and min_y, and it tests the
    /// other bounds on the index entries.
    /// </summary>
    public static string FromAndWhere(NpgsqlCommand command, StackKey stack, TileQuery query)
    {
        var conditions = new List<string> { $"t.stack_key = {stack.Sql(command)}" };
        Add(conditions, command, "t.z = @z", "@z", query.Z);
        Add(conditions, command, "t.z >= @minZ", "@minZ", query.MinZ);
        Add(conditions, command, "t.z <= @maxZ", "@maxZ", query.MaxZ);
        Add(conditions, command, "t.group_id = @groupId", "@groupId", query.GroupId);
        Add(conditions, command, "t.section_id = @sectionId", "@sectionId", query.SectionId);
        Add(conditions, command, "t.max_x >= @reachMinX", "@reachMinX", query.ReachesMinX);
        Add(conditions, command, "t.min_x <= @reachMaxX", "@reachMaxX", query.ReachesMaxX);
        Add(conditions, command, "t.max_y >= @reachMinY", "@reachMinY", query.ReachesMinY);
        Add(conditions, command, "t.min_y <= @reachMaxY", "@reachMaxY", query.ReachesMaxY);
        if (query.TileIds is not null)
        {
            conditions.Add("t.tile_id = ANY(@tileIds)");
            command.With("@tileIds", query.TileIds.ToArray());
        }

        return $"tile t WHERE {string.Join(" AND ", conditions)}";
    }

    private static void Add(List<string> conditions, NpgsqlCommand command, string condition, string name, double? value)
    {
        if (value is not null)
        {
            conditions.Add(condition);
            command.With(name, value);
        }
    }

    private static void Add(List<string> conditions, NpgsqlCommand command, string condition, string name, string? value)
    {
        if (value is not null)
        {
            conditions.Add(condition);
            command.With(name, value);
        }
    }

    /// <summary>The order; NULLs first, as SQLite (and the embedded store) sorts them.</summary>
    private static string OrderBy(TileOrder order) => order switch
    {
        TileOrder.Stored => "t.row_id",
        TileOrder.ZMinYMinX => "t.z NULLS FIRST, t.min_y NULLS FIRST, t.min_x NULLS FIRST",
        TileOrder.ZTileId => "t.z NULLS FIRST, t.tile_id",
        _ => "t.tile_id",
    };
}
