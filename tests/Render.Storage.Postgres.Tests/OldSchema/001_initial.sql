-- The same relational shape as the embedded store (Render.Storage.Sqlite/Migrations): stacks,
-- tiles, shared transforms, derived sections. Identifiers are COLLATE "C" so that ORDER BY and the
-- btree indexes use code-point order, as render (Mongo) and SQLite's BINARY collation do. Spec and
-- metadata documents are bytea: they come back byte for byte as written (jsonb would reorder them).

-- btree_gist lets one GiST index hold the stack key and z beside the box (a trusted extension:
-- the database owner may create it).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One row per stack: its metadata document (render's StackMetaData JSON) and the columns the
-- queries need. stack_key is the internal key of the stack's data; a rename only changes names.
-- revision counts every write to the stack; writers lock this row (FOR UPDATE) for their
-- transaction, which is what makes several server processes on one database behave as one.
CREATE TABLE stack (
    stack_key        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner            text    COLLATE "C" NOT NULL,
    project          text    COLLATE "C" NOT NULL,
    name             text    COLLATE "C" NOT NULL,
    state            text    NOT NULL,
    revision         bigint  NOT NULL,
    sections_derived boolean NOT NULL DEFAULT false,
    box_indexed      boolean NOT NULL DEFAULT false,
    meta             bytea   NOT NULL,
    UNIQUE (owner, project, name)
);

-- One row per tile: the tile spec JSON plus indexed columns for every query shape. row_id is the
-- order tiles were first stored in (an upsert keeps it).
CREATE TABLE tile (
    row_id        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stack_key     bigint  NOT NULL,
    tile_id       text    COLLATE "C" NOT NULL,
    z             double precision,
    section_id    text    COLLATE "C",
    group_id      text    COLLATE "C",
    min_x         double precision,
    min_y         double precision,
    max_x         double precision,
    max_y         double precision,
    channel_names text,
    spec          bytea   NOT NULL,
    UNIQUE (stack_key, tile_id)
);
-- z sorts NULLS FIRST, as in SQLite, so that ordered layout reads can follow the index.
CREATE INDEX tile_z ON tile (stack_key, z NULLS FIRST, tile_id);
CREATE INDEX tile_section ON tile (stack_key, section_id);
CREATE INDEX tile_group ON tile (stack_key, group_id, z);

-- Box queries of COMPLETE (and READ_ONLY) stacks. As in the embedded store (and render's Mongo
-- indexes), the box index is built when a stack is set COMPLETE (see stack.box_indexed) and
-- emptied when it goes back to LOADING, so imports do not pay for GiST inserts; LOADING stacks
-- answer box queries from the z index. Queries filter exactly on the tile columns afterwards.
CREATE TABLE tile_box (
    row_id    bigint           NOT NULL,
    stack_key bigint           NOT NULL,
    z         double precision NOT NULL,
    box       box              NOT NULL
);
CREATE INDEX tile_box_layer ON tile_box USING gist (stack_key, z, box);

-- Shared (referenced) transform specs by id.
CREATE TABLE transform (
    stack_key    bigint NOT NULL,
    transform_id text   COLLATE "C" NOT NULL,
    spec         bytea  NOT NULL,
    PRIMARY KEY (stack_key, transform_id)
);

-- Section data derived when a stack is set COMPLETE (render's __section collection).
CREATE TABLE section (
    stack_key  bigint  NOT NULL,
    section_id text    COLLATE "C",
    z          double precision,
    tile_count bigint  NOT NULL,
    min_x      double precision,
    max_x      double precision,
    min_y      double precision,
    max_y      double precision
);
CREATE INDEX section_stack ON section (stack_key, section_id, z);
