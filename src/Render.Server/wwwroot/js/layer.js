// One layer of a stack (?owner=&project=&stack=&z=): the tile boxes at scale in an SVG, over the
// rendered layer when the service can render it; a click on a tile shows its spec and its image.

import './header.js';
import { apiUrl, getJson, request, segment, stackPath, zSegment } from './api.js';
import { attempt, el, empty, load, number, pageLink, params, serviceImage, setParams, show, svg, zText } from './ui.js';
import { crumbs, missingStackParams } from './stackpage.js';

const BACKDROP_PIXELS = 1200;
const TILE_IMAGE_PIXELS = 360;
const state = params();
const stack = { owner: state.owner, project: state.project, stack: state.stack };
const toolbar = document.getElementById('toolbar');
const layer = document.getElementById('layer');
const tilePanel = document.getElementById('tile');

async function start() {
  const zValues = await attempt(toolbar, 'z values', () => getJson(`${stackPath(stack)}/zValues`));
  if (zValues === undefined) {
    return;
  }
  if (zValues.length === 0) {
    show(toolbar);
    show(layer, empty('This stack has no tiles.'));
    return;
  }
  const asked = Number(state.z);
  showLayer(zValues, state.z !== undefined && zValues.includes(asked) ? asked : zValues[0]);
}

function showLayer(zValues, z) {
  state.z = z;
  setParams({ ...stack, z });
  document.title = `z ${z} · ${stack.stack} · render`;
  document.getElementById('title').textContent = `Layer z ${zText(z)}`;
  show(document.getElementById('crumbs'), crumbs(stack, `z ${zText(z)}`));
  const index = zValues.indexOf(z);
  const step = (offset) => () => showLayer(zValues, zValues[index + offset]);
  const select = el('select', { 'aria-label': 'z', onchange: () => showLayer(zValues, Number(select.value)) },
    zValues.map((value) => el('option', { value, selected: value === z }, zText(value))));
  show(toolbar,
    el('button', { type: 'button', onclick: step(-1), disabled: index === 0 }, '← previous z'),
    el('label', { class: 'picker' }, 'z ', select),
    el('button', { type: 'button', onclick: step(1), disabled: index === zValues.length - 1 }, 'next z →'),
    el('span', { class: 'note', id: 'layer-caption' }),
    pageLink('viewer.html', { ...stack, z }, 'zoomable viewer'),
    residualsForm(z));
  show(tilePanel, empty('Click a tile to see its spec and image.'));
  load(layer, `tile bounds of z ${z}`, () => getJson(`${stackPath(stack)}/z/${zSegment(z)}/tileBounds`), (tiles) => drawLayer(z, tiles));
}

/** A small form that opens this layer's residuals for a match collection (the match owner defaults to the stack's owner). */
function residualsForm(z) {
  const owner = el('input', { type: 'search', 'aria-label': 'match owner', placeholder: stack.owner, size: 10 });
  const collection = el('input', { type: 'search', 'aria-label': 'match collection', placeholder: 'match collection', size: 14, required: true });
  const open = (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ ...stack, z, matchOwner: owner.value || stack.owner, matchCollection: collection.value });
    location.href = `residuals.html?${query}`;
  };
  return el('form', { class: 'picker residuals-form', onsubmit: open }, owner, collection, el('button', { type: 'submit' }, 'residuals'));
}

function drawLayer(z, tiles) {
  if (tiles.length === 0) {
    return empty(`No tiles at z ${zText(z)}.`);
  }
  const minX = Math.min(...tiles.map((t) => t.minX));
  const minY = Math.min(...tiles.map((t) => t.minY));
  const width = Math.max(...tiles.map((t) => t.maxX)) - minX;
  const height = Math.max(...tiles.map((t) => t.maxY)) - minY;
  const backdrop = svg('g', { class: 'backdrop' });
  const boxes = tiles.map((tile) => {
    const box = svg('rect', {
      class: 'tile', x: tile.minX, y: tile.minY, width: tile.maxX - tile.minX, height: tile.maxY - tile.minY,
      'data-tile-id': tile.tileId, tabindex: 0, role: 'button',
    }, svg('title', {}, `${tile.tileId}${tile.sectionId ? ` (section ${tile.sectionId})` : ''}`));
    box.addEventListener('click', () => chooseTile(box, tile));
    box.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && chooseTile(box, tile));
    return box;
  });
  const picture = svg('svg', {
    class: 'layer-boxes', viewBox: `${minX} ${minY} ${width} ${height}`, preserveAspectRatio: 'xMidYMid meet',
    'data-tile-count': tiles.length,
  }, backdrop, svg('g', {}, ...boxes));
  const caption = document.getElementById('layer-caption');
  caption.textContent = `${tiles.length} tiles · x ${number(minX)} – ${number(minX + width)} · y ${number(minY)} – ${number(minY + height)}`;
  drawBackdrop(backdrop, z, { minX, minY, width, height }, caption);
  return picture;
}

/**
 * The rendered layer under the boxes. Without it (no renderer, unreadable images) the boxes alone
 * still answer the questions this page is for, so the failure is only noted in the caption.
 */
async function drawBackdrop(group, z, box, caption) {
  const scale = Math.min(1, BACKDROP_PIXELS / Math.max(box.width, box.height)).toPrecision(3);
  const path = `${stackPath(stack)}/z/${zSegment(z)}/box/${box.minX},${box.minY},${box.width},${box.height},${scale}/png-image`;
  try {
    const blob = await (await request(path)).blob();
    group.append(svg('image', { href: URL.createObjectURL(blob), x: box.minX, y: box.minY, width: box.width, height: box.height }));
  } catch (error) {
    caption.append(el('span', { class: 'unavailable-note', title: error.message }, ' · rendered layer not available'));
  }
}

function chooseTile(box, tile) {
  for (const other of layer.querySelectorAll('rect.tile.chosen')) {
    other.classList.remove('chosen');
  }
  box.classList.add('chosen');
  const tilePath = `${stackPath(stack)}/tile/${segment(tile.tileId)}`;
  load(tilePanel, `tile ${tile.tileId}`, () => getJson(tilePath), (spec) => {
    const scale = Math.min(1, TILE_IMAGE_PIXELS / Math.max(spec.width ?? 1, spec.height ?? 1)).toPrecision(3);
    return [
      el('h2', { class: 'tile-id' }, tile.tileId),
      el('p', { class: 'note' }, `section ${tile.sectionId ?? '—'} · ${number(spec.width)} × ${number(spec.height)} px · `,
        `box x ${number(tile.minX)} – ${number(tile.maxX)}, y ${number(tile.minY)} – ${number(tile.maxY)}`),
      serviceImage(`${tilePath}/png-image`, { scale }, `tile ${tile.tileId}`),
      el('p', { class: 'links' },
        el('a', { href: apiUrl(tilePath) }, 'Spec JSON'),
        el('a', { href: apiUrl(`${tilePath}/render-parameters`) }, 'Render parameters')),
      el('pre', { class: 'spec', 'aria-label': 'tile spec' }, JSON.stringify(spec, null, 2)),
    ];
  });
}

const missing = missingStackParams(stack);
if (missing) {
  show(layer, missing);
} else {
  start();
}
