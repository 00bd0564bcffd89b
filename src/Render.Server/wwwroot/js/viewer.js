// One layer of a stack, zoomable from overview to full resolution (?owner=&project=&stack=&z=, the
// view as &x=&y=&scale= in world pixels, a match collection as &matchOwner=&matchCollection=):
// OpenSeadragon (vendor/openseadragon) over our box endpoint, the tile outlines on a canvas, z
// stepped with the buttons or the , and . keys, a click on a tile shows its spec and its pairs.

import './header.js';
import { getJson, segment, stackPath, zSegment } from './api.js';
import { attempt, el, empty, number, params, picker, setParams, show, zText } from './ui.js';
import { crumbs } from './stackpage.js';
import { layerTileSource, pixelBox } from './viewer-source.js';
import { outlineOverlay } from './viewer-outlines.js';
import { showTile } from './viewer-tile.js';

const state = params();
const stack = { owner: state.owner, project: state.project, stack: state.stack };
const pickers = document.getElementById('pickers');
const toolbar = document.getElementById('toolbar');
const area = document.getElementById('viewer');
const tilePanel = document.getElementById('tile');
const stackSlot = el('span', { class: 'links' });
const matchSlot = el('span', { class: 'links' });
const page = { zValues: [], layer: null, outlines: true, chosen: null, opened: null };

/** The stack picker: owner, then one of its stacks; a choice reopens the page on that stack. */
async function stackPicker() {
  const owners = await attempt(stackSlot, 'owners', () => getJson('owners'));
  if (!owners || owners.length === 0) {
    show(stackSlot, owners ? 'This service holds no stacks yet.' : []);
    return;
  }
  const owner = owners.includes(stack.owner) ? stack.owner : owners[0];
  const list = await attempt(stackSlot, 'stacks', () => getJson(`owner/${segment(owner)}/stacks`));
  if (list === undefined) {
    return;
  }
  const key = (id) => `${id.project}/${id.stack}`;
  const open = (value) => {
    const id = list.find((meta) => key(meta.stackId) === value)?.stackId;
    location.href = `viewer.html?${new URLSearchParams({ owner: id.owner, project: id.project, stack: id.stack })}`;
  };
  const chosen = stack.owner === owner ? key(stack) : '';
  show(stackSlot,
    picker('Owner', owners.map((value) => ({ value })), owner, (value) => {
      stack.owner = value;
      stackPicker();
    }),
    picker('Stack', [{ value: '', text: `choose (${list.length})` }, ...list.map((meta) => ({ value: key(meta.stackId) }))], chosen, open));
}

/** The match collection picker; a choice lists the chosen tile's pairs in it. */
async function matchPicker() {
  const owners = await attempt(matchSlot, 'match owners', () => getJson('matchCollectionOwners'));
  if (!owners || owners.length === 0) {
    show(matchSlot);
    return;
  }
  const owner = owners.includes(state.matchOwner) ? state.matchOwner : owners.includes(stack.owner) ? stack.owner : owners[0];
  const collections = await attempt(matchSlot, 'match collections', () => getJson(`owner/${segment(owner)}/matchCollections`));
  if (collections === undefined) {
    return;
  }
  const names = collections.map((c) => c.collectionId.name);
  const choose = (name) => {
    state.matchOwner = name ? owner : undefined;
    state.matchCollection = name || undefined;
    remember();
    if (page.chosen) {
      chooseTile(page.chosen);
    }
  };
  show(matchSlot,
    picker('Match owner', owners.map((value) => ({ value })), owner, (value) => {
      state.matchOwner = value;
      state.matchCollection = undefined;
      matchPicker();
    }),
    picker('Collection', [{ value: '', text: 'none' }, ...names.map((value) => ({ value }))],
      state.matchOwner === owner && names.includes(state.matchCollection) ? state.matchCollection : '', choose));
}

function collection() {
  return state.matchCollection ? { owner: state.matchOwner || stack.owner, name: state.matchCollection } : null;
}

/** The view as the URL keeps it: the world point at the centre and screen pixels per world pixel. */
function currentView() {
  const item = viewer.world.getItemAt(0);
  if (!item || !page.layer) {
    return null;
  }
  const centre = item.viewportToImageCoordinates(viewer.viewport.getCenter(true));
  return { x: page.layer.box.x + centre.x, y: page.layer.box.y + centre.y, scale: item.viewportToImageZoom(viewer.viewport.getZoom(true)) };
}

function applyView(view) {
  const item = viewer.world.getItemAt(0);
  viewer.viewport.zoomTo(item.imageToViewportZoom(view.scale), null, true);
  viewer.viewport.panTo(item.imageToViewportCoordinates(view.x - page.layer.box.x, view.y - page.layer.box.y), true);
}

function remember() {
  const view = currentView();
  const round = (value, digits) => (value === undefined ? undefined : Number(value.toPrecision(digits)));
  setParams({
    ...stack, z: state.z, matchOwner: state.matchOwner, matchCollection: state.matchCollection,
    x: round(view?.x, 7), y: round(view?.y, 7), scale: round(view?.scale, 4),
  });
  if (view) {
    document.getElementById('zoom-label').textContent = `scale ${number(view.scale)}`;
  }
}

async function start() {
  show(pickers, stackSlot, matchSlot);
  stackPicker();
  matchPicker();
  if (!stack.owner || !stack.project || !stack.stack) {
    show(area, empty('Choose a stack to view.'));
    return;
  }
  show(document.getElementById('crumbs'), crumbs(stack, 'viewer'));
  const zValues = await attempt(toolbar, 'z values', () => getJson(`${stackPath(stack)}/zValues`));
  if (zValues === undefined) {
    return;
  }
  if (zValues.length === 0) {
    show(toolbar);
    show(area, empty('This stack has no tiles.'));
    return;
  }
  page.zValues = zValues;
  const asked = Number(state.z);
  const view = ['x', 'y', 'scale'].every((key) => Number.isFinite(Number(state[key])) && state[key] !== undefined)
    ? { x: Number(state.x), y: Number(state.y), scale: Number(state.scale) }
    : null;
  showLayer(state.z !== undefined && zValues.includes(asked) ? asked : zValues[0], view);
}

/** Opens layer z, at the given view (or where the previous layer was looked at; the whole layer for the first). */
async function showLayer(z, view) {
  const keep = view ?? currentView();
  state.z = z;
  document.title = `z ${zText(z)} · ${stack.stack} · viewer · render`;
  document.getElementById('title').textContent = `Layer z ${zText(z)}`;
  drawToolbar(z);
  page.chosen = null;
  show(tilePanel, empty('Click a tile to see its spec.'));
  const layerPath = `${stackPath(stack)}/z/${zSegment(z)}`;
  let bounds;
  let tiles;
  try {
    [bounds, tiles] = await Promise.all([getJson(`${layerPath}/bounds`), getJson(`${layerPath}/tileBounds`)]);
  } catch (error) {
    document.getElementById('layer-caption').textContent = `could not load z ${zText(z)}: ${error.message}`;
    return;
  }
  if (state.z !== z) {
    return; // a newer step arrived first
  }
  page.layer = { z, box: pixelBox(bounds), tiles };
  // Only the latest layer's tiles and view apply when OpenSeadragon has opened it (quick steps may overlap).
  page.opened = () => {
    if (keep) {
      applyView(keep);
    }
    overlay.setTiles(tiles, page.layer.box);
    remember();
  };
  viewer.open(layerTileSource(stack, z, bounds));
  document.getElementById('layer-caption').textContent = `${number(tiles.length)} tiles · ${number(page.layer.box.width)} × ${number(page.layer.box.height)} px`;
}

function step(offset) {
  const index = page.zValues.indexOf(state.z) + offset;
  if (index >= 0 && index < page.zValues.length) {
    showLayer(page.zValues[index]);
  }
}

function drawToolbar(z) {
  const index = page.zValues.indexOf(z);
  const select = el('select', { 'aria-label': 'z', onchange: () => showLayer(Number(select.value)) },
    page.zValues.map((value) => el('option', { value, selected: value === z }, zText(value))));
  const zoom = (factor) => () => {
    viewer.viewport.zoomBy(factor);
    viewer.viewport.applyConstraints();
  };
  show(toolbar,
    el('button', { type: 'button', onclick: () => step(-1), disabled: index === 0, title: 'previous z (,)' }, '← previous z'),
    el('label', { class: 'picker' }, 'z ', select),
    el('span', { class: 'note viewer-z', id: 'z-label' }, `${index + 1} of ${page.zValues.length}`),
    el('button', { type: 'button', onclick: () => step(1), disabled: index === page.zValues.length - 1, title: 'next z (.)' }, 'next z →'),
    el('button', { type: 'button', onclick: zoom(2), 'aria-label': 'zoom in' }, '+'),
    el('button', { type: 'button', onclick: zoom(0.5), 'aria-label': 'zoom out' }, '−'),
    el('button', { type: 'button', onclick: () => viewer.viewport.goHome() }, 'whole layer'),
    el('span', { class: 'note zoom-label', id: 'zoom-label' }),
    el('label', { class: 'toggle' }, el('input', {
      type: 'checkbox', 'aria-label': 'tile outlines', checked: page.outlines,
      onchange: (event) => {
        page.outlines = event.target.checked;
        overlay.setVisible(page.outlines);
      },
    }), 'tile outlines'),
    el('span', { class: 'note', id: 'layer-caption' }));
}

function chooseTile(tile) {
  page.chosen = tile;
  overlay.setChosen(tile);
  showTile(tilePanel, stack, tile, collection());
}

const viewer = OpenSeadragon({
  element: area,
  drawer: 'canvas',
  showNavigationControl: false,
  maxZoomPixelRatio: 4,
  visibilityRatio: 0.2,
  animationTime: 0.4,
  imageLoaderLimit: 6,
  gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
});
const overlay = outlineOverlay(viewer);
overlay.setVisible(page.outlines);
viewer.addHandler('canvas-click', (event) => {
  const tile = event.quick ? overlay.tileAt(event.position) : null;
  if (tile) {
    chooseTile(tile);
  }
});
viewer.addHandler('open', () => page.opened?.());
viewer.addHandler('animation-finish', remember);
document.addEventListener('keydown', (event) => {
  if (event.target.closest?.('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  if (event.key === ',' || event.key === 'PageUp') {
    step(-1);
  } else if (event.key === '.' || event.key === 'PageDown') {
    step(1);
  } else {
    return;
  }
  event.preventDefault();
});
// For the browser console and the browser tests: the OpenSeadragon viewer and the outline canvas.
window.renderViewer = { viewer, overlay, page };
start();
