using System.Data.Common;

namespace Render.Storage.Relational;

/// <summary>
/// Turns a <see cref="TileQuery"/> into the FROM/WHERE/ORDER BY of a tile select. The tileId
/// pattern is not part of it: <see cref="TileIdPattern"/> applies that in the process.
/// </summary>
internal sealed class TileQuerySql(SqlDialect dialect)
{
    /// <summary>A select of <paramref name="columns"/> (over tiles as <c>t</c>) of one stack's tiles.</summary>
    public DbCommand Select(DbConnection connection, StackKey stack, TileQuery query, string columns, bool ordered = true)
    {
        var command = connection.CreateCommand();
        var sql = $"SELECT {columns} FROM {FromAndWhere(command, stack, query)}";
        command.CommandText = ordered ? $"{sql} ORDER BY {OrderBy(query.Order)}" : sql;
        return command;
    }

    /// <summary>
    /// The FROM and WHERE clauses (parameters added to <paramref name="command"/>). A box query of
    /// one layer goes through the built box index when the stack has one; otherwise the engine's
    /// indexes on the tile columns answer it (the layer index, or PostgreSQL's bounds index).
    /// </summary>
    public string FromAndWhere(DbCommand command, StackKey stack, TileQuery query)
    {
        var key = stack.Sql(command);
        var from = stack.BoxIndexed && query.HasBox && query.Z is not null && dialect.BuiltBoxIndex is { } index ? index.From(key) : "tile AS t";
        var conditions = new List<string> { $"t.stack_key = {key}" };
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
            conditions.Add(dialect.AnyOf(command, "t.tile_id", "@tileIds", query.TileIds));
        }

        return $"{from} WHERE {string.Join(" AND ", conditions)}";
    }

    private static void Add(List<string> conditions, DbCommand command, string condition, string name, double? value)
    {
        if (value is not null)
        {
            conditions.Add(condition);
            command.With(name, value);
        }
    }

    private static void Add(List<string> conditions, DbCommand command, string condition, string name, string? value)
    {
        if (value is not null)
        {
            conditions.Add(condition);
            command.With(name, value);
        }
    }

    /// <summary>The order; tiles without z first (both engines' indexes keep NULLs first).</summary>
    private static string OrderBy(TileOrder order) => order switch
    {
        TileOrder.Stored => "t.row_id",
        TileOrder.ZMinYMinX => "t.z NULLS FIRST, t.min_y NULLS FIRST, t.min_x NULLS FIRST",
        TileOrder.ZTileId => "t.z NULLS FIRST, t.tile_id",
        _ => "t.tile_id",
    };
}
