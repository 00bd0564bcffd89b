-- One row per stack: its metadata document (render's StackMetaData JSON) and the columns the
-- queries need. stack_key is the internal key of the stack's data; a rename only changes names.
CREATE TABLE stack (
    stack_key        INTEGER PRIMARY KEY AUTOINCREMENT,
    owner            TEXT    NOT NULL,
    project          TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    revision         INTEGER NOT NULL,
    sections_derived INTEGER NOT NULL DEFAULT 0,
    box_indexed      INTEGER NOT NULL DEFAULT 0,
    meta             BLOB    NOT NULL,
    UNIQUE (owner, project, name)
);

-- One row per tile: the tile spec JSON plus indexed columns for every query shape.
CREATE TABLE tile (
    row_id        INTEGER PRIMARY KEY,
    stack_key     INTEGER NOT NULL,
    tile_id       TEXT    NOT NULL,
    z             REAL,
    section_id    TEXT,
    group_id      TEXT,
    min_x         REAL,
    min_y         REAL,
    max_x         REAL,
    max_y         REAL,
    channel_names TEXT,
    spec          BLOB    NOT NULL,
    UNIQUE (stack_key, tile_id)
);
CREATE INDEX tile_z ON tile (stack_key, z, tile_id);
CREATE INDEX tile_section ON tile (stack_key, section_id);
CREATE INDEX tile_group ON tile (stack_key, group_id, z);

-- Box queries of COMPLETE (and READ_ONLY) stacks: x, y, z and the stack key as a fourth dimension.
-- Like render's Mongo indexes, it is built when a stack is set COMPLETE (one bulk insert, see
-- stack.box_indexed) and emptied when the stack goes back to LOADING, so imports do not pay for it;
-- LOADING stacks answer box queries from the z index. It holds whole numbers (rtree_i32 builds in
-- about half the time of the float R*Tree): each box is widened to the integers around it, and
-- queries filter exactly on the tile columns afterwards.
CREATE VIRTUAL TABLE tile_box USING rtree_i32 (id, min_x, max_x, min_y, max_y, min_z, max_z, min_k, max_k);

-- Shared (referenced) transform specs by id.
CREATE TABLE transform (
    stack_key    INTEGER NOT NULL,
    transform_id TEXT    NOT NULL,
    spec         BLOB    NOT NULL,
    PRIMARY KEY (stack_key, transform_id)
) WITHOUT ROWID;

-- Section data derived when a stack is set COMPLETE (render's __section collection).
CREATE TABLE section (
    stack_key  INTEGER NOT NULL,
    section_id TEXT,
    z          REAL,
    tile_count INTEGER NOT NULL,
    min_x      REAL,
    max_x      REAL,
    min_y      REAL,
    max_y      REAL
);
CREATE INDEX section_stack ON section (stack_key, section_id, z);
