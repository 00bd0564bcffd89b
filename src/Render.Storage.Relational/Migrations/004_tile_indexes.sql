-- Fewer index entries per saved tile. Where the engine's box index follows every save, one index
-- of the tile bounds becomes the layer index as well; where the box index is built at COMPLETE,
-- the layer index and the box index stay.
{layer and box index}

-- Group and section queries ask for one id, never for NULL: tiles without one need no entry.
DROP INDEX tile_group;
CREATE INDEX tile_group ON tile (stack_key, group_id, z) WHERE group_id IS NOT NULL;
DROP INDEX tile_section;
CREATE INDEX tile_section ON tile (stack_key, section_id) WHERE section_id IS NOT NULL;
