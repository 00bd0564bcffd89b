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

-- Box queries: x, y, z and the stack key as a fourth dimension. R*Tree stores 32-bit floats rounded
-- outwards, so queries filter exactly on the tile columns afterwards. Kept in step by triggers.
CREATE VIRTUAL TABLE tile_box USING rtree (id, min_x, max_x, min_y, max_y, min_z, max_z, min_k, max_k);

CREATE TRIGGER tile_box_insert AFTER INSERT ON tile
WHEN new.z IS NOT NULL AND new.min_x IS NOT NULL AND new.min_y IS NOT NULL AND new.max_x IS NOT NULL AND new.max_y IS NOT NULL
BEGIN
    INSERT INTO tile_box VALUES (new.row_id, min(new.min_x, new.max_x), max(new.min_x, new.max_x),
        min(new.min_y, new.max_y), max(new.min_y, new.max_y), new.z, new.z, new.stack_key, new.stack_key);
END;

CREATE TRIGGER tile_box_update AFTER UPDATE OF z, min_x, min_y, max_x, max_y ON tile
BEGIN
    DELETE FROM tile_box WHERE id = old.row_id;
    INSERT INTO tile_box SELECT new.row_id, min(new.min_x, new.max_x), max(new.min_x, new.max_x),
        min(new.min_y, new.max_y), max(new.min_y, new.max_y), new.z, new.z, new.stack_key, new.stack_key
    WHERE new.z IS NOT NULL AND new.min_x IS NOT NULL AND new.min_y IS NOT NULL AND new.max_x IS NOT NULL AND new.max_y IS NOT NULL;
END;

CREATE TRIGGER tile_box_delete AFTER DELETE ON tile
BEGIN
    DELETE FROM tile_box WHERE id = old.row_id;
END;

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
