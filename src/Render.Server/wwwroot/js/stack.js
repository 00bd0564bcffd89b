// One stack (?owner=&project=&stack=&z=): its metadata and stats, its sections, and a small rendered
// overview of the chosen z.

import './header.js';
import { apiUrl, getJson, stackPath, zSegment } from './api.js';
import { bounds, el, empty, load, number, pageLink, params, serviceImage, setParams, show, timestamp, zRange, zText } from './ui.js';
import { sortableTable } from './table.js';
import { crumbs, missingStackParams } from './stackpage.js';

const OVERVIEW_PIXELS = 480;
const state = params();
const stack = { owner: state.owner, project: state.project, stack: state.stack };
const sections = document.getElementById('sections');
const overview = document.getElementById('overview');

function summary(meta) {
  const stats = meta.stats ?? {};
  const version = meta.currentVersion ?? {};
  const resolution = [version.stackResolutionX, version.stackResolutionY, version.stackResolutionZ];
  const facts = [
    ['State', el('span', { class: `badge ${meta.state?.toLowerCase()}` }, meta.state)],
    ['Version', number(meta.currentVersionNumber)],
    ['Z range', zRange(stats.stackBounds)],
    ['Sections', number(stats.sectionCount)],
    ['Tiles', number(stats.tileCount)],
    ['Transforms', number(stats.transformCount)],
    ['Bounds', bounds(stats.stackBounds)],
    ['Tile sizes', stats.minTileWidth === undefined ? '—'
      : `${number(stats.minTileWidth)}–${number(stats.maxTileWidth)} × ${number(stats.minTileHeight)}–${number(stats.maxTileHeight)}`],
    ['Resolution', resolution.some((r) => r !== undefined) ? resolution.map(number).join(' × ') : '—'],
    ['Last modified', timestamp(meta.lastModifiedTimestamp)],
  ];
  return [
    el('dl', { class: 'facts' }, facts.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value)))),
    meta.stats ? null : el('p', { class: 'note' }, 'No stats yet: setting the stack COMPLETE derives them, and the section list.'),
    el('p', { class: 'links' },
      pageLink('layer.html', stack, 'Layer view'),
      pageLink('viewer.html', stack, 'Zoomable viewer'),
      el('a', { href: apiUrl(stackPath(stack)) }, 'Metadata JSON'),
      el('a', { href: apiUrl(`${stackPath(stack)}/zValues`) }, 'z values JSON')),
  ];
}

function sectionTable(rows) {
  if (rows.length === 0) {
    return empty('This stack has no sections.');
  }
  const columns = [
    { label: 'z', value: (s) => s.z, cell: (s) => zText(s.z), numeric: true },
    { label: 'Section', value: (s) => s.sectionId },
    { label: 'Tiles', value: (s) => s.tileCount, cell: (s) => number(s.tileCount), numeric: true },
    { label: 'Bounds', value: (s) => s.minX, cell: (s) => bounds(s) },
    {
      label: 'View',
      cell: (s) => el('span', { class: 'links' },
        el('button', { type: 'button', class: 'link', onclick: () => showOverview(s.z, rows) }, 'overview'),
        pageLink('layer.html', { ...stack, z: s.z }, 'layer')),
    },
  ];
  return sortableTable(columns, rows, { rowAttributes: (s) => ({ 'data-z': s.z }) });
}

/** The rendered layer, scaled so that its larger side is about OVERVIEW_PIXELS. */
function showOverview(z, rows) {
  state.z = z;
  setParams({ ...stack, z });
  const layer = rows.filter((s) => s.z === z);
  const width = Math.max(...layer.map((s) => s.maxX)) - Math.min(...layer.map((s) => s.minX));
  const height = Math.max(...layer.map((s) => s.maxY)) - Math.min(...layer.map((s) => s.minY));
  const scale = width > 0 && height > 0 ? Math.min(1, OVERVIEW_PIXELS / Math.max(width, height)) : 0.01;
  document.getElementById('overview-title').textContent = `Overview of z ${zText(z)}`;
  show(overview,
    serviceImage(`${stackPath(stack)}/z/${zSegment(z)}/png-image`, { scale: scale.toPrecision(3) }, `layer z ${z}`),
    el('p', { class: 'note' }, `scale ${scale.toPrecision(3)} · `, pageLink('layer.html', { ...stack, z }, 'open the layer view')));
}

/** Sections come from the stack's aggregate, which exists once the stack was COMPLETE; before that, its z values. */
async function sectionsOrZValues() {
  try {
    return { rows: await getJson(`${stackPath(stack)}/sectionData`), aggregated: true };
  } catch (error) {
    if (error.status !== 400) {
      throw error;
    }
    const zValues = await getJson(`${stackPath(stack)}/zValues`);
    return { rows: zValues.map((z) => ({ z, sectionId: undefined, tileCount: undefined })), aggregated: false };
  }
}

if (missingStackParams(stack)) {
  show(document.getElementById('summary'), missingStackParams(stack));
} else {
  document.title = `${stack.stack} · render`;
  show(document.getElementById('crumbs'), crumbs(stack));
  document.getElementById('title').textContent = stack.stack;
  load(document.getElementById('summary'), 'stack metadata', () => getJson(stackPath(stack)), summary);
  load(sections, 'sections', sectionsOrZValues, ({ rows, aggregated }) => {
    const zValues = [...new Set(rows.map((s) => s.z))];
    const chosen = zValues.includes(Number(state.z)) ? Number(state.z) : zValues[0];
    if (chosen !== undefined) {
      showOverview(chosen, rows);
    } else {
      show(overview, empty('No layer to show.'));
    }
    const note = aggregated ? null : el('p', { class: 'note' }, 'Sections are aggregated when the stack is set COMPLETE; until then, its z values.');
    return [note, sectionTable(rows)];
  });
}
