using System.Globalization;
using Microsoft.Data.Sqlite;
using Render.Model.Json;

namespace Render.Storage.Sqlite;

/// <summary>Turns a <see cref="TileQuery"/> into the FROM/WHERE/ORDER BY of a tile select.</summary>
internal static class SqliteTileQuery
{
    /// <summary>A select of <paramref name="columns"/> (over alias <c>t</c>) for the tiles of one stack.</summary>
    public static SqliteCommand Select(SqliteConnection connection, StackKey stack, TileQuery query, string columns, bool ordered = true)
    {
        var command = connection.CreateCommand();
        var sql = $"SELECT {columns} FROM {FromAndWhere(command, stack.Key, query, stack.BoxIndexed)}";
        command.CommandText = ordered ? $"{sql} ORDER BY {OrderBy(query.Order)}" : sql;
        return command;
    }

    /// <summary>
    /// The FROM and WHERE clauses (parameters added to <paramref name="command"/>); the box index is
    /// used when the stack has one (COMPLETE stacks), otherwise the z index.
    /// </summary>
    public static string FromAndWhere(SqliteCommand command, long stackKey, TileQuery query, bool boxIndexed = false)
    {
        var conditions = new List<string> { "t.stack_key = @k" };
        command.With("@k", stackKey);
        var from = "tile t";
        if (boxIndexed && query.HasBox && query.Z is not null)
        {
            // The R*Tree finds candidates (its boxes are widened to whole numbers); the exact
            // conditions on the tile columns below decide.
            from = "tile_box b CROSS JOIN tile t ON t.row_id = b.id";
            conditions.Add("b.min_k <= @k AND b.max_k >= @k AND b.min_z <= @z AND b.max_z >= @z");
            conditions.Add("b.min_x <= @reachMaxX AND b.max_x >= @reachMinX AND b.min_y <= @reachMaxY AND b.max_y >= @reachMinY");
        }

        Add(conditions, command, "t.z = @z", "@z", query.Z);
        Add(conditions, command, "t.z >= @minZ", "@minZ", query.MinZ);
        Add(conditions, command, "t.z <= @maxZ", "@maxZ", query.MaxZ);
        Add(conditions, command, "t.group_id = @groupId", "@groupId", query.GroupId);
        Add(conditions, command, "t.section_id = @sectionId", "@sectionId", query.SectionId);
        Add(conditions, command, "t.max_x >= @reachMinX", "@reachMinX", query.ReachesMinX);
        Add(conditions, command, "t.min_x <= @reachMaxX", "@reachMaxX", query.ReachesMaxX);
        Add(conditions, command, "t.max_y >= @reachMinY", "@reachMinY", query.ReachesMinY);
        Add(conditions, command, "t.min_y <= @reachMaxY", "@reachMaxY", query.ReachesMaxY);
        Add(conditions, command, "regexp(@pattern, t.tile_id)", "@pattern", query.TileIdPattern);
        if (query.TileIds is not null)
        {
            conditions.Add("t.tile_id IN (SELECT value FROM json_each(@tileIds))");
            command.With("@tileIds", RenderJson.Serialize(query.TileIds.ToList()));
        }

        return $"{from} WHERE {string.Join(" AND ", conditions)}";
    }

    private static void Add(List<string> conditions, SqliteCommand command, string condition, string name, object? value)
    {
        if (value is null)
        {
            return;
        }

        conditions.Add(condition);
        if (!command.Parameters.Contains(name))
        {
            command.With(name, value is double d ? d : Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private static string OrderBy(TileOrder order) => order switch
    {
        TileOrder.Stored => "t.row_id",
        TileOrder.ZMinYMinX => "t.z, t.min_y, t.min_x",
        TileOrder.ZTileId => "t.z, t.tile_id",
        _ => "t.tile_id",
    };
}
