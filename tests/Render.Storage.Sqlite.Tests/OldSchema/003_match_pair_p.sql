-- The p-side index of 002 goes: render keeps only the pair key and a q-side index. The pair key
-- (collection_key, p_group_id, ...) already finds the p side of an involving-canvas query by
-- group and filters pId inside the index, and a third index on text ids cost each saved pair
-- about a tenth of its import time.
DROP INDEX IF EXISTS match_pair_p;
