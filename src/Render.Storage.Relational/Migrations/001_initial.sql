-- Stacks, tiles, shared transforms and derived sections. Words in braces are the engine's
-- (SqlDialect.SchemaWords): its types, table options and engine-only indexes. Identifiers sort
-- by code point on every engine, as render (Mongo) sorts strings. Spec and metadata documents
-- are bytes, not a JSON type: they come back byte for byte as written.

-- One row per stack: its metadata document (render's StackMetaData JSON) and the columns the
-- queries need. stack_key is the internal key of the stack's data; a rename only changes names.
-- revision counts every write to the stack; writers lock this row for their transaction.
CREATE TABLE stack (
    stack_key        {key},
    owner            {id} NOT NULL,
    project          {id} NOT NULL,
    name             {id} NOT NULL,
    state            {text} NOT NULL,
    revision         {long} NOT NULL,
    sections_derived {flag} NOT NULL DEFAULT {false},
    box_indexed      {flag} NOT NULL DEFAULT {false},
    meta             {document} NOT NULL,
    UNIQUE (owner, project, name)
);

-- One row per tile: the tile spec JSON plus indexed columns for every query shape. row_id is the
-- order tiles were first stored in (an upsert keeps it).
CREATE TABLE tile (
    row_id        {row number},
    stack_key     {long} NOT NULL,
    tile_id       {id} NOT NULL,
    z             {real},
    section_id    {id},
    group_id      {id},
    min_x         {real},
    min_y         {real},
    max_x         {real},
    max_y         {real},
    channel_names {text},
    spec          {document} NOT NULL,
    UNIQUE (stack_key, tile_id)
);
-- The layer index; z sorts NULLS FIRST on every engine, so that ordered layout reads follow it.
CREATE INDEX tile_z ON tile (stack_key, {z nulls first}, tile_id);
CREATE INDEX tile_section ON tile (stack_key, section_id);
CREATE INDEX tile_group ON tile (stack_key, group_id, z);

-- Box queries of COMPLETE (and READ_ONLY) stacks. Like render's Mongo indexes, the box index is
-- built when a stack is set COMPLETE (see stack.box_indexed) and emptied when it goes back to
-- LOADING, so imports do not pay for it; LOADING stacks answer box queries from the layer index.
-- Queries filter exactly on the tile columns afterwards.
{box index}

-- Shared (referenced) transform specs by id.
CREATE TABLE transform (
    stack_key    {long} NOT NULL,
    transform_id {id} NOT NULL,
    spec         {document} NOT NULL,
    PRIMARY KEY (stack_key, transform_id)
){keyed table};

-- Section data derived when a stack is set COMPLETE (render's __section collection).
CREATE TABLE section (
    stack_key  {long} NOT NULL,
    section_id {id},
    z          {real},
    tile_count {long} NOT NULL,
    min_x      {real},
    max_x      {real},
    min_y      {real},
    max_y      {real}
);
CREATE INDEX section_stack ON section (stack_key, section_id, z);
