-- Fewer index entries per saved tile, and no box index to build at COMPLETE. Saving a tile wrote
-- five btree entries (row_id, the tile key, z, section, group), and COMPLETE inserted every tile
-- into the GiST box index, the costliest single step of an import (about 12 µs a tile). Now a
-- tile has three (the tile key, the bounds, its section) and a fourth when it has a group.

-- The tile key (stack_key, tile_id) is what upserts and joins use; row_id only orders reads in
-- stored order, which sort the rows they select, so its index goes.
ALTER TABLE tile DROP CONSTRAINT tile_pkey;

-- Box queries use a btree over the box columns after the layer, like render's Mongo index (z,
-- minX, minY, maxX, maxY): the scan is bounded by z and min_y, and the other three bounds are
-- tested on the index entries, so only the tiles in the box are read. It is kept up to date by
-- every save, for stacks in any state, so COMPLETE builds nothing. It also replaces the z index:
-- it finds a layer or a z range as well, its order (NULLS FIRST) serves reads ordered by z, minY
-- and minX, and reads ordered by z and tileId sort one layer at a time (an Incremental Sort).
CREATE INDEX tile_bounds ON tile (stack_key, z NULLS FIRST, min_y NULLS FIRST, min_x NULLS FIRST, max_x, max_y);
DROP INDEX tile_z;
DROP TABLE tile_box;
ALTER TABLE stack DROP COLUMN box_indexed;

-- Group and section queries ask for one id, never for NULL: tiles without one need no entry.
DROP INDEX tile_group;
CREATE INDEX tile_group ON tile (stack_key, group_id, z) WHERE group_id IS NOT NULL;
DROP INDEX tile_section;
CREATE INDEX tile_section ON tile (stack_key, section_id) WHERE section_id IS NOT NULL;
