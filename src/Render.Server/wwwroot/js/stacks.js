// Stacks of an owner (and project): owner and project pickers over a sortable table of the stacks'
// metadata and stats. The choice is kept in the URL (?owner=&project=).

import './header.js';
import { apiUrl, getJson, segment, stackPath } from './api.js';
import { attempt, bounds, el, empty, load, number, ownerPicker, pageLink, params, picker, setParams, show, timestamp, zRange } from './ui.js';
import { sortableTable } from './table.js';

const ownerSlot = el('span');
const projectSlot = el('span');
const stacks = document.getElementById('stacks');
const state = params();

async function start() {
  show(document.getElementById('pickers'), ownerSlot, projectSlot);
  const owners = await ownerPicker(ownerSlot, 'owners', () => getJson('owners'), state.owner, (owner, changed) => {
    if (changed) {
      state.project = undefined;
    }
    chooseOwner(owner);
  });
  if (owners?.length === 0) {
    show(stacks, empty('This service holds no stacks yet.'));
  }
}

async function chooseOwner(owner) {
  state.owner = owner;
  const projects = await attempt(projectSlot, 'projects', () => getJson(`owner/${segment(owner)}/projects`));
  if (projects === undefined) {
    return;
  }
  if (!projects.includes(state.project)) {
    state.project = projects.length === 1 ? projects[0] : undefined;
  }
  const projectOptions = [{ value: '', text: `all projects (${projects.length})` }, ...projects.map((value) => ({ value }))];
  show(projectSlot, picker('Project', projectOptions, state.project ?? '', (value) => chooseProject(value || undefined)));
  chooseProject(state.project);
}

function chooseProject(project) {
  state.project = project;
  setParams({ owner: state.owner, project });
  const path = project === undefined
    ? `owner/${segment(state.owner)}/stacks`
    : `owner/${segment(state.owner)}/project/${segment(project)}/stacks`;
  load(stacks, 'stacks', () => getJson(path), stackTable);
}

function stackTable(list) {
  if (list.length === 0) {
    return empty('No stacks here.');
  }
  const stats = (meta) => meta.stats ?? {};
  const id = (meta) => ({ owner: meta.stackId.owner, project: meta.stackId.project, stack: meta.stackId.stack });
  const columns = [
    { label: 'Project', value: (m) => m.stackId.project },
    { label: 'Stack', value: (m) => m.stackId.stack, cell: (m) => pageLink('stack.html', id(m), m.stackId.stack) },
    { label: 'State', value: (m) => m.state, cell: (m) => el('span', { class: `badge ${m.state?.toLowerCase()}` }, m.state) },
    { label: 'Version', value: (m) => m.currentVersionNumber, numeric: true },
    { label: 'Z range', value: (m) => stats(m).stackBounds?.minZ, cell: (m) => zRange(stats(m).stackBounds), numeric: true },
    { label: 'Sections', value: (m) => stats(m).sectionCount, cell: (m) => number(stats(m).sectionCount), numeric: true },
    { label: 'Tiles', value: (m) => stats(m).tileCount, cell: (m) => number(stats(m).tileCount), numeric: true },
    { label: 'Transforms', value: (m) => stats(m).transformCount, cell: (m) => number(stats(m).transformCount), numeric: true },
    { label: 'Bounds', value: (m) => stats(m).stackBounds?.minX, cell: (m) => bounds(stats(m).stackBounds) },
    { label: 'Last modified', value: (m) => m.lastModifiedTimestamp, cell: (m) => timestamp(m.lastModifiedTimestamp) },
    {
      label: 'Links',
      cell: (m) => el('span', { class: 'links' },
        pageLink('stack.html', id(m), 'sections'),
        pageLink('layer.html', id(m), 'layers'),
        el('a', { href: apiUrl(stackPath(id(m))) }, 'JSON')),
    },
  ];
  const note = list.some((m) => !m.stats)
    ? el('p', { class: 'note' }, 'Stacks without counts have no stats yet: setting a stack COMPLETE derives them.')
    : null;
  return [sortableTable(columns, list, { sortBy: 1 }), note];
}

start();
