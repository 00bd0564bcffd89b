// The layer as an OpenSeadragon tile source: a pyramid whose level L shows the layer at scale
// 2^(L - maxLevel), each of its tiles one box image of our render-ws box endpoint. The boxes are
// whole pixels from the layer's floored origin, so one view always asks for the same URLs and the
// browser revalidates them with the stack's ETag (a 304 until the stack changes).

import { apiUrl, stackPath, zSegment } from './api.js';

/** Pixels on a side of one pyramid tile: large enough to keep the request count down at full resolution. */
export const TILE_PIXELS = 512;

/**
 * Above this many tiles in a box the service draws their outlines instead of rendering them, as
 * render does for CATMAID (its largeDataTileSource default): a zoomed-out view of a 10,000-tile
 * layer would otherwise open every image.
 */
export const MAX_TILE_SPECS_TO_RENDER = 40;

/** The layer's box in whole pixels: its bounds' floored origin and the size that covers their far edge. */
export function pixelBox(bounds) {
  const x = Math.floor(bounds.minX);
  const y = Math.floor(bounds.minY);
  return { x, y, width: Math.max(1, Math.ceil(bounds.maxX) - x), height: Math.max(1, Math.ceil(bounds.maxY) - y) };
}

/** The number of halvings from full resolution to a level whose whole layer fits in one tile. */
export function maxLevelOf(box) {
  return Math.max(0, Math.ceil(Math.log2(Math.max(box.width, box.height) / TILE_PIXELS)));
}

/**
 * The box endpoint's path for tile (column, row) of a level: the world box it covers (cut at the
 * layer's far edge, as OpenSeadragon cuts its last tiles) and the level's scale.
 */
export function boxPath(stack, z, box, maxLevel, level, column, row) {
  const factor = 2 ** (maxLevel - level);
  const span = TILE_PIXELS * factor;
  const left = column * span;
  const top = row * span;
  const width = Math.min(span, box.width - left);
  const height = Math.min(span, box.height - top);
  return `${stackPath(stack)}/z/${zSegment(z)}/box/${box.x + left},${box.y + top},${width},${height},${1 / factor}/png-image`;
}

/** The OpenSeadragon tile source of layer z of a stack whose bounds are known. */
export function layerTileSource(stack, z, bounds) {
  const box = pixelBox(bounds);
  const maxLevel = maxLevelOf(box);
  return {
    width: box.width,
    height: box.height,
    tileSize: TILE_PIXELS,
    tileOverlap: 0,
    minLevel: 0,
    maxLevel,
    getTileUrl: (level, column, row) =>
      apiUrl(boxPath(stack, z, box, maxLevel, level, column, row), { maxTileSpecsToRender: MAX_TILE_SPECS_TO_RENDER }),
  };
}
