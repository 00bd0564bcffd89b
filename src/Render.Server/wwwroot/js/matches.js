// Point-match collections (?owner=&collection=&group=): an owner picker, the owner's collections
// with pair counts, a collection's group ids, and the pairs within and outside a group. A pair opens
// in the match-pair view when a stack to render its canvases from is chosen: a collection does not
// name one, so the page offers every stack (?renderOwner=&renderProject=&renderStack=, kept in the URL).

import './header.js';
import { apiUrl, collectionPath, getJson, segment } from './api.js';
import { attempt, el, empty, load, number, ownerPicker, pageLink, params, picker, setParams, show } from './ui.js';
import { sortableTable } from './table.js';

const GROUPS_SHOWN = 500;
const state = params();
const pickers = document.getElementById('pickers');
const collections = document.getElementById('collections');
const groups = document.getElementById('groups');
const pairs = document.getElementById('pairs');
const renderStackSlot = document.getElementById('render-stack');

/** Keeps the choices in the URL, in the order they are made. */
function remember() {
  setParams({
    owner: state.owner, collection: state.collection, group: state.group,
    renderOwner: state.renderOwner, renderProject: state.renderProject, renderStack: state.renderStack,
  });
}

/** The stack the pairs' canvases are rendered from, as owner/project/stack, or '' for none. */
function renderStackKey() {
  return state.renderStack ? [state.renderOwner, state.renderProject, state.renderStack].join('/') : '';
}

/** Every stack of every owner in a picker; choosing one links each pair to the match-pair view. */
async function renderStackPicker() {
  const owners = await attempt(renderStackSlot, 'stacks', () => getJson('owners'));
  if (!owners) {
    return;
  }
  const lists = await Promise.all(owners.map((owner) => getJson(`owner/${segment(owner)}/stacks`).catch(() => [])));
  const ids = lists.flat().map((meta) => meta.stackId);
  const options = [{ value: '', text: '— none: pairs are not linked —' },
    ...ids.map(({ owner, project, stack }) => ({ value: [owner, project, stack].join('/'), text: `${owner} / ${project} / ${stack}` }))];
  show(renderStackSlot, picker('Render canvases from', options, renderStackKey(), (key) => {
    const chosen = ids.find(({ owner, project, stack }) => [owner, project, stack].join('/') === key);
    [state.renderOwner, state.renderProject, state.renderStack] = chosen ? [chosen.owner, chosen.project, chosen.stack] : [];
    remember();
    if (state.group) {
      chooseGroup(state.group);
    }
  }));
}

async function start() {
  const owners = await ownerPicker(pickers, 'match collection owners', () => getJson('matchCollectionOwners'), state.owner, (owner, changed) => {
    if (changed) {
      state.collection = undefined;
      state.group = undefined;
    }
    chooseOwner(owner);
  });
  if (owners?.length === 0) {
    show(collections, empty('This service holds no match collections yet.'));
  }
}

function chooseOwner(owner) {
  state.owner = owner;
  remember();
  load(collections, 'match collections', () => getJson(`owner/${segment(owner)}/matchCollections`), (list) => {
    const names = list.map((c) => c.collectionId.name);
    if (names.includes(state.collection)) {
      chooseCollection(state.collection);
    } else {
      show(groups, empty('Choose a collection.'));
      show(pairs, empty('Choose a group.'));
    }
    return list.length === 0 ? empty('This owner has no match collections.') : collectionTable(list);
  });
}

function collectionTable(list) {
  const columns = [
    {
      label: 'Collection',
      value: (c) => c.collectionId.name,
      cell: (c) => el('button', { type: 'button', class: 'link', onclick: () => chooseCollection(c.collectionId.name) }, c.collectionId.name),
    },
    { label: 'Pairs', value: (c) => c.pairCount, cell: (c) => number(c.pairCount), numeric: true },
  ];
  return sortableTable(columns, list, { rowAttributes: (c) => ({ 'data-collection': c.collectionId.name }) });
}

function chooseCollection(name) {
  if (state.collection !== name) {
    state.group = undefined;
  }
  state.collection = name;
  remember();
  for (const row of collections.querySelectorAll('tr[data-collection]')) {
    row.classList.toggle('chosen', row.dataset.collection === name);
  }
  const path = `${collectionPath({ owner: state.owner, name })}/groupIds`;
  document.getElementById('groups-title').textContent = `Group ids of ${name}`;
  load(groups, 'group ids', () => getJson(path), (ids) => {
    if (ids.includes(state.group)) {
      chooseGroup(state.group);
    } else {
      show(pairs, empty('Choose a group.'));
    }
    return ids.length === 0 ? empty('This collection has no pairs.') : groupList(ids);
  });
}

/** The group ids as buttons, with a filter: a collection may have one group per section of a large volume. */
function groupList(ids) {
  const list = el('ul', { class: 'group-list' });
  const note = el('p', { class: 'note' });
  const filter = el('input', { type: 'search', placeholder: 'filter group ids', 'aria-label': 'filter group ids', oninput: () => render() });
  function render() {
    const matching = ids.filter((id) => id.includes(filter.value));
    list.replaceChildren(...matching.slice(0, GROUPS_SHOWN).map((id) =>
      el('li', {}, el('button', { type: 'button', class: id === state.group ? 'chosen' : null, 'data-group': id, onclick: () => chooseGroup(id) }, id))));
    note.textContent = `${number(matching.length)} of ${number(ids.length)} groups`
      + (matching.length > GROUPS_SHOWN ? `, the first ${GROUPS_SHOWN} shown` : '');
  }
  render();
  return [filter, note, list];
}

function chooseGroup(group) {
  state.group = group;
  remember();
  for (const button of groups.querySelectorAll('button[data-group]')) {
    button.classList.toggle('chosen', button.dataset.group === group);
  }
  document.getElementById('pairs-title').textContent = `Pairs of group ${group}`;
  const within = el('div');
  const outside = el('div');
  show(pairs, el('h3', {}, 'Within the group'), within, el('h3', {}, 'With other groups'), outside);
  const base = `${collectionPath({ owner: state.owner, name: state.collection })}/group/${segment(group)}`;
  for (const [container, kind] of [[within, 'matchesWithinGroup'], [outside, 'matchesOutsideGroup']]) {
    load(container, 'pairs', () => getJson(`${base}/${kind}`, { excludeMatchDetails: true }), (list) => pairTable(list, `${base}/${kind}`));
  }
}

function pairTable(list, path) {
  if (list.length === 0) {
    return empty('No pairs.');
  }
  const columns = [
    { label: 'p group', value: (m) => m.pGroupId },
    { label: 'p id', value: (m) => m.pId },
    { label: 'q group', value: (m) => m.qGroupId },
    { label: 'q id', value: (m) => m.qId },
    { label: 'Matches', value: (m) => m.matchCount, cell: (m) => number(m.matchCount), numeric: true },
  ];
  if (state.renderStack) {
    columns.push({ label: 'View', cell: (m) => pageLink('match-pair.html', {
      matchOwner: state.owner, matchCollection: state.collection, pGroupId: m.pGroupId, pId: m.pId, qGroupId: m.qGroupId, qId: m.qId,
      renderOwner: state.renderOwner, renderProject: state.renderProject, renderStack: state.renderStack,
    }, 'canvases', { class: 'pair-view' }) });
  }
  return [
    sortableTable(columns, list, { sortBy: 1 }),
    el('p', { class: 'links' }, `${number(list.length)} pairs · `, el('a', { href: apiUrl(path) }, 'JSON with the matches'),
      state.renderStack ? null : ' · choose a stack to render from (above) to open a pair with its canvases'),
  ];
}

start();
renderStackPicker();
