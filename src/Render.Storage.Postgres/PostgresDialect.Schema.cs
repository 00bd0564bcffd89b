namespace Render.Storage.Postgres;

/// <summary>The words PostgreSQL renders the schema's history with (see <c>Render.Storage.Relational/Migrations</c>).</summary>
internal sealed partial class PostgresDialect
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["key"] = "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        ["row number"] = "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        ["pair row number"] = string.Empty,

        // "C" compares UTF-8 bytes: code-point order, in ORDER BY and in the btree indexes.
        ["id"] = "text COLLATE \"C\"",
        ["text"] = "text",
        ["long"] = "bigint",
        ["int"] = "integer",
        ["real"] = "double precision",
        ["flag"] = "boolean",
        ["false"] = "false",

        // bytea, not jsonb, which would reorder the documents.
        ["document"] = "bytea",
        ["z nulls first"] = "z NULLS FIRST",
        ["keyed table"] = string.Empty,

        // A pair's row (~4 KB for 50 matches) stays in the table page up to the largest target
        // PostgreSQL allows, so that the usual pair is neither compressed nor moved to TOAST on
        // write, nor decompressed on read.
        ["wide rows"] = " WITH (toast_tuple_target = 8160)",

        // btree_gist lets one GiST index hold the stack key and z beside the box (a trusted
        // extension: the database owner may create it).
        ["box index"] =
            """
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE TABLE tile_box (
                row_id    bigint           NOT NULL,
                stack_key bigint           NOT NULL,
                z         double precision NOT NULL,
                box       box              NOT NULL
            );
            CREATE INDEX tile_box_layer ON tile_box USING gist (stack_key, z, box);
            """,

        // Saving a tile wrote five btree entries (row_id, the tile key, z, section, group), and
        // COMPLETE inserted every tile into the GiST box index, the costliest single step of an
        // import (about 12 µs a tile). The tile key (stack_key, tile_id) is what upserts and joins
        // use; row_id only orders reads in stored order, which sort the rows they select, so its
        // index goes. Box queries use a btree over the box columns after the layer, like render's
        // Mongo index (z, minX, minY, maxX, maxY): the scan is bounded by z and min_y, and the
        // other three bounds are tested on the index entries, so only the tiles in the box are
        // read. It follows every save, for stacks in any state, so COMPLETE builds nothing. It also
        // replaces the z index: it finds a layer or a z range as well, its order (NULLS FIRST)
        // serves reads ordered by z, minY and minX, and reads ordered by z and tileId sort one
        // layer at a time (an Incremental Sort).
        ["layer and box index"] =
            """
            ALTER TABLE tile DROP CONSTRAINT tile_pkey;
            CREATE INDEX tile_bounds ON tile (stack_key, z NULLS FIRST, min_y NULLS FIRST, min_x NULLS FIRST, max_x, max_y);
            DROP INDEX tile_z;
            DROP TABLE tile_box;
            ALTER TABLE stack DROP COLUMN box_indexed;
            """,
    };
}
