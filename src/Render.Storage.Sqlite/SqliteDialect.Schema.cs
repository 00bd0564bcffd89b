namespace Render.Storage.Sqlite;

/// <summary>The words SQLite renders the schema's history with (see <c>Render.Storage.Relational/Migrations</c>).</summary>
internal sealed partial class SqliteDialect
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["key"] = "INTEGER PRIMARY KEY AUTOINCREMENT",

        // The rowid itself, named: a table's order of insertion at no cost.
        ["row number"] = "INTEGER PRIMARY KEY",
        ["pair row number"] = "row_id         INTEGER PRIMARY KEY,\n    ",

        // BINARY collation compares UTF-8 bytes: code-point order.
        ["id"] = "TEXT",
        ["text"] = "TEXT",
        ["long"] = "INTEGER",
        ["int"] = "INTEGER",
        ["real"] = "REAL",
        ["flag"] = "INTEGER",
        ["false"] = "0",
        ["document"] = "BLOB",

        // SQLite keeps NULLs first in an ascending index and cannot say so.
        ["z nulls first"] = "z",
        ["keyed table"] = " WITHOUT ROWID",
        ["wide rows"] = string.Empty,
        ["box index"] = "CREATE VIRTUAL TABLE tile_box USING rtree_i32 (id, min_x, max_x, min_y, max_y, min_z, max_z, min_k, max_k);",

        // The layer index (tile_z) and the R*Tree built at COMPLETE stay.
        ["layer and box index"] = string.Empty,
    };
}
