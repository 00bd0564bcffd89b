-- Point-match collections (render's match database holds one Mongo collection per owner__name).
-- A collection exists from its first saved pair until it is dropped, even when emptied by deletes.
-- Savers lock its row for share (so saves run side by side); drops, renames and deletes lock it
-- for update.
CREATE TABLE match_collection (
    collection_key {key},
    owner          {id} NOT NULL,
    name           {id} NOT NULL,
    UNIQUE (owner, name)
);

-- One row per canvas pair, normalised (p before q). The matches and consensusSetData objects are
-- stored as they were given (matches packed since, see PackedMatches); the ids are columns for the
-- queries. matchCount is a column because PUT matchCounts sets it without touching the matches.
CREATE TABLE match_pair (
    {pair row number}collection_key {long} NOT NULL,
    p_group_id     {id} NOT NULL,
    q_group_id     {id} NOT NULL,
    p_id           {id} NOT NULL,
    q_id           {id} NOT NULL,
    consensus      {document},
    match_count    {int},
    matches        {document}
){wide rows};

-- render's index A: the pair key, which is also the order of every answer (pGroupId, qGroupId,
-- pId, qId). It serves the pGroup, within-group, between-groups and exact-pair shapes and the p
-- side of the others.
CREATE UNIQUE INDEX match_pair_key ON match_pair (collection_key, p_group_id, q_group_id, p_id, q_id);
-- The q side of outside-group, canvas-with-group and involving-canvas queries (render's index B).
CREATE INDEX match_pair_q ON match_pair (collection_key, q_group_id, q_id);
-- The p side of involving-canvas queries, which fix pId but not qGroupId.
CREATE INDEX match_pair_p ON match_pair (collection_key, p_group_id, p_id);
