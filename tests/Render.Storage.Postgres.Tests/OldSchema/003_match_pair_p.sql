-- As SQLite's 003: the p-side index goes. render keeps the pair key and a q-side index; the pair
-- key (collection_key, p_group_id, ...) serves the p side of involving-canvas queries, and a
-- third btree on text ids cost every saved pair an index entry and its WAL.
DROP INDEX IF EXISTS match_pair_p;
