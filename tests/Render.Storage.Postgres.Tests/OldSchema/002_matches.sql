-- Point-match collections (render's match database holds one Mongo collection per owner__name).
-- A collection exists from its first saved pair until it is dropped, even when emptied by deletes.
-- Savers lock its row FOR SHARE (so saves run side by side); drops, renames and deletes lock it
-- FOR UPDATE.
CREATE TABLE match_collection (
    collection_key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner          text   COLLATE "C" NOT NULL,
    name           text   COLLATE "C" NOT NULL,
    UNIQUE (owner, name)
);

-- One row per canvas pair, normalised (p before q). The matches and consensusSetData objects are
-- stored as the JSON they were given; the ids are columns for the queries. matchCount is a column
-- because PUT matchCounts sets it without touching the matches. A pair's row (~4 KB for 50
-- matches) stays in the table page up to the largest target PostgreSQL allows, so that the usual
-- pair is neither compressed nor moved to TOAST on write, nor decompressed on read.
CREATE TABLE match_pair (
    collection_key bigint  NOT NULL,
    p_group_id     text    COLLATE "C" NOT NULL,
    q_group_id     text    COLLATE "C" NOT NULL,
    p_id           text    COLLATE "C" NOT NULL,
    q_id           text    COLLATE "C" NOT NULL,
    consensus      bytea,
    match_count    integer,
    matches        bytea
) WITH (toast_tuple_target = 8160);

-- render's index A: the pair key, which is also the order of every answer (pGroupId, qGroupId,
-- pId, qId). It serves the pGroup, within-group, between-groups and exact-pair shapes and the p
-- side of the others.
CREATE UNIQUE INDEX match_pair_key ON match_pair (collection_key, p_group_id, q_group_id, p_id, q_id);
-- The q side of outside-group, canvas-with-group and involving-canvas queries (render's index B).
CREATE INDEX match_pair_q ON match_pair (collection_key, q_group_id, q_id);
-- The p side of involving-canvas queries, which fix pId but not qGroupId.
CREATE INDEX match_pair_p ON match_pair (collection_key, p_group_id, p_id);
