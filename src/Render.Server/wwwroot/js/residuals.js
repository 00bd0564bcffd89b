// A solved layer's residuals (?owner=&project=&stack=&z=&matchOwner=&matchCollection=&by=max|mean):
// each tile's box filled by its residual in world pixels over its pairs (green → yellow → red),
// a legend and a summary line; a click on a tile lists its worst pairs. The numbers come from the
// service's tileResiduals (our own extension to render-ws).

import './header.js';
import { apiUrl, getJson, stackPath, zSegment } from './api.js';
import { el, empty, load, number, pageLink, params, setParams, show, svg, zText } from './ui.js';
import { crumbs, missingStackParams } from './stackpage.js';
import { sortableTable } from './table.js';

/** Below this the whole layer is "good": a perfect layer is not painted red. */
const MINIMUM_SCALE_PIXELS = 1;
/** Tile ids are written on the boxes of layers with at most this many tiles. */
const MAXIMUM_LABELS = 200;
const state = params();
const stack = { owner: state.owner, project: state.project, stack: state.stack };
const toolbar = document.getElementById('toolbar');
const summary = document.getElementById('summary');
const layer = document.getElementById('layer');
const tilePanel = document.getElementById('tile');

/** A residual in px, to two decimals. */
function px(value) {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)} px`;
}

/** Green (0) through yellow to red (1). */
function colour(fraction) {
  const hue = 120 * (1 - Math.min(1, Math.max(0, fraction)));
  return `hsl(${hue.toFixed(0)}, 80%, 45%)`;
}

/** The third of the scale a fraction falls in, as a class the page and its tests can read. */
function grade(fraction) {
  return fraction >= 2 / 3 ? 'bad' : fraction >= 1 / 3 ? 'fair' : 'good';
}

function start() {
  const z = Number(state.z);
  const by = state.by === 'mean' ? 'mean' : 'max';
  const collection = { owner: state.matchOwner || stack.owner, name: state.matchCollection };
  setParams({ ...stack, z, matchOwner: collection.owner, matchCollection: collection.name, by });
  document.title = `residuals z ${zText(z)} · ${stack.stack} · render`;
  document.getElementById('title').textContent = `Residuals of z ${zText(z)}`;
  show(document.getElementById('crumbs'), crumbs(stack, pageLink('layer.html', { ...stack, z }, `z ${zText(z)}`), 'residuals'));
  const path = `${stackPath(stack)}/z/${zSegment(z)}/tileResiduals`;
  const query = { matchOwner: collection.owner, matchCollection: collection.name };
  const measure = el('select', {
    'aria-label': 'colour by',
    onchange: () => {
      state.by = measure.value;
      start();
    },
  }, el('option', { value: 'max', selected: by === 'max' }, 'max residual'), el('option', { value: 'mean', selected: by === 'mean' }, 'mean residual'));
  show(toolbar,
    el('label', { class: 'picker' }, 'colour by ', measure),
    el('span', { class: 'note' }, `collection ${collection.owner} / ${collection.name}`),
    el('a', { href: apiUrl(path, query) }, 'JSON'));
  show(tilePanel, empty('Click a tile to see its worst pairs.'));
  load(layer, `residuals of z ${zText(z)}`, () => getJson(path, query), (residuals) => drawLayer(residuals, by));
}

function drawLayer(residuals, by) {
  const tiles = residuals.tiles;
  const worst = tiles.flatMap((tile) => tile.worstPairs.slice(0, 1).map((pair) => ({ tile, pair })))
    .reduce((a, b) => (a === null || b.pair.max > a.pair.max ? b : a), null);
  show(summary,
    `${tiles.length} tiles · ${residuals.pairCount} pairs · ${number(residuals.matchCount)} matches · mean ${px(residuals.mean)}`,
    worst ? ` · worst ${px(worst.pair.max)} (${worst.tile.tileId} – ${worst.pair.otherTileId})` : ' · no pairs measured',
    residuals.ignoredPairCount > 0 ? ` · ${residuals.ignoredPairCount} pair(s) naming tiles not in the stack ignored` : null);
  if (tiles.length === 0) {
    return empty('No tiles in this layer.');
  }
  const scale = Math.max(MINIMUM_SCALE_PIXELS, ...tiles.map((tile) => tile[by] ?? 0));
  const minX = Math.min(...tiles.map((t) => t.minX));
  const minY = Math.min(...tiles.map((t) => t.minY));
  const width = Math.max(...tiles.map((t) => t.maxX)) - minX;
  const height = Math.max(...tiles.map((t) => t.maxY)) - minY;
  const byId = new Map(tiles.map((tile) => [tile.tileId, tile]));
  const boxes = tiles.map((tile) => {
    const value = tile[by];
    const fraction = value === null ? null : value / scale;
    const box = svg('rect', {
      class: `tile residual ${fraction === null ? 'unmeasured' : grade(fraction)}`,
      x: tile.minX, y: tile.minY, width: tile.maxX - tile.minX, height: tile.maxY - tile.minY,
      'data-tile-id': tile.tileId, tabindex: 0, role: 'button',
      style: fraction === null ? '' : `fill: ${colour(fraction)}`,
    }, svg('title', {}, `${tile.tileId}: ${by} ${px(value)}`));
    box.addEventListener('click', () => chooseTile(tile, byId));
    box.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && chooseTile(tile, byId));
    return box;
  });
  const picture = svg('svg', {
    class: 'layer-boxes', viewBox: `${minX} ${minY} ${width} ${height}`, preserveAspectRatio: 'xMidYMid meet',
    'data-tile-count': tiles.length,
  }, svg('g', {}, ...boxes), ...(tiles.length <= MAXIMUM_LABELS ? [svg('g', { class: 'labels' }, ...tiles.map(label))] : []));
  return [picture, legend(scale, by)];
}

/** The tile's id in the middle of its box, sized to the box. */
function label(tile) {
  const size = Math.min(tile.maxX - tile.minX, tile.maxY - tile.minY) / 8;
  return svg('text', { x: (tile.minX + tile.maxX) / 2, y: (tile.minY + tile.maxY) / 2, 'font-size': size }, tile.tileId);
}

function legend(scale, by) {
  const stops = [0, 0.5, 1].map((fraction) => `${colour(fraction)} ${fraction * 100}%`).join(', ');
  return el('div', { class: 'residual-legend', 'aria-label': 'colour scale' },
    el('span', { class: 'note' }, `${by} residual`),
    el('span', { class: 'ramp', style: `background: linear-gradient(to right, ${stops})` }),
    el('span', { class: 'ticks' }, ...[0, 0.5, 1].map((fraction) => el('span', {}, `${number(fraction * scale)} px`))),
    el('span', { class: 'note' }, el('span', { class: 'swatch unmeasured' }), ' no pairs'));
}

function chooseTile(tile, byId) {
  for (const box of layer.querySelectorAll('rect.tile')) {
    box.classList.toggle('chosen', box.dataset.tileId === tile.tileId);
    if (box.dataset.tileId === tile.tileId) {
      box.parentNode.append(box); // drawn last, so its outline is not hidden under its neighbours
    }
  }
  const columns = [
    {
      label: 'other tile',
      value: (pair) => pair.otherTileId,
      cell: (pair) => (byId.has(pair.otherTileId)
        ? el('button', { type: 'button', class: 'link', onclick: () => chooseTile(byId.get(pair.otherTileId), byId) }, pair.otherTileId)
        : pair.otherTileId),
    },
    { label: 'z', value: (pair) => pair.otherZ, cell: (pair) => zText(pair.otherZ), numeric: true },
    { label: 'matches', value: (pair) => pair.matchCount, numeric: true },
    { label: 'mean', value: (pair) => pair.mean, cell: (pair) => px(pair.mean), numeric: true },
    { label: 'max', value: (pair) => pair.max, cell: (pair) => px(pair.max), numeric: true },
  ];
  show(tilePanel,
    el('h2', { class: 'tile-id' }, tile.tileId),
    el('p', { class: 'note' }, `${tile.pairCount} pairs · ${number(tile.matchCount)} matches · mean ${px(tile.mean)} · max ${px(tile.max)}`),
    tile.worstPairs.length === 0
      ? empty('This tile has no pairs in the collection.')
      : [el('h3', {}, 'Worst pairs'), sortableTable(columns, tile.worstPairs, { sortBy: 4, descending: true })]);
}

const missing = missingStackParams(stack);
if (missing) {
  show(layer, missing);
} else if (state.z === undefined || !state.matchCollection) {
  show(layer, el('div', { class: 'state error', role: 'alert' },
    el('strong', {}, 'No layer or match collection chosen (z and matchCollection are needed).'), ' ',
    pageLink('layer.html', stack, 'Choose a layer.')));
} else {
  start();
}
