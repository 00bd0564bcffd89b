namespace Render.Storage.Relational;

/// <summary>The tile table's written columns, named once for every statement and bulk load that writes them.</summary>
internal static class TileColumns
{
    /// <summary>The columns of a <see cref="TileRow"/>, in its order (the stack key goes before them).</summary>
    public const string Names = "tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec";

    /// <summary>render's tile save: a full replace of the tile with the same id, which keeps its place in stored order.</summary>
    public const string UpsertClause =
        """
        ON CONFLICT (stack_key, tile_id) DO UPDATE SET z = excluded.z, section_id = excluded.section_id,
            group_id = excluded.group_id, min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,
            max_y = excluded.max_y, channel_names = excluded.channel_names, spec = excluded.spec
        """;
}
