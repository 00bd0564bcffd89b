// The viewer's side panel for a clicked tile: its spec (id, z, bounds, image URL, the JSON) and,
// when a match collection is chosen, the tile's pairs in it, each linked to the match pair page.

import { apiUrl, collectionPath, getJson, segment, stackPath } from './api.js';
import { bounds, el, empty, load, number, zText } from './ui.js';
import { sortableTable } from './table.js';

/** The match pair page (issue 19's match viewer); its query names the pair, its collection and the stack. */
const MATCH_PAIR_PAGE = 'match-pair.html';

/** Shows tile (a tileBounds entry) in the panel; collection is { owner, name } or null. */
export function showTile(panel, stack, tile, collection) {
  const tilePath = `${stackPath(stack)}/tile/${segment(tile.tileId)}`;
  load(panel, `tile ${tile.tileId}`, () => getJson(tilePath), (spec) => {
    const groupId = spec.layout?.sectionId ?? tile.sectionId;
    const imageUrl = spec.mipmapLevels?.['0']?.imageUrl ?? spec.channels?.[0]?.mipmapLevels?.['0']?.imageUrl;
    return [
      el('h2', { class: 'tile-id' }, tile.tileId),
      el('dl', { class: 'facts' },
        fact('z', zText(spec.z)),
        fact('section', groupId ?? '—'),
        fact('size', `${number(spec.width)} × ${number(spec.height)} px`),
        fact('bounds', bounds(tile), 'wide')),
      el('p', { class: 'note image-url' }, 'image ', imageUrl ? el('code', {}, imageUrl) : '—'),
      el('p', { class: 'links' },
        el('a', { href: apiUrl(tilePath) }, 'Spec JSON'),
        el('a', { href: apiUrl(`${tilePath}/png-image`) }, 'Rendered tile'),
        el('a', { href: apiUrl(`${tilePath}/render-parameters`) }, 'Render parameters')),
      collection ? pairs(stack, tile, groupId, collection) : el('p', { class: 'note' }, 'Choose a match collection to list this tile\'s pairs.'),
      el('pre', { class: 'spec', 'aria-label': 'tile spec' }, JSON.stringify(spec, null, 2)),
    ];
  });
}

function fact(term, value, width) {
  return el('div', { class: width }, el('dt', {}, term), el('dd', {}, value));
}

/** The tile's pairs in the collection (render's "matches involving a canvas"), loaded into their own section. */
function pairs(stack, tile, groupId, collection) {
  const section = el('section', { class: 'tile-pairs', 'aria-label': 'pairs' });
  if (groupId === undefined || groupId === null) {
    section.append(empty('This tile has no section id, which names its group in match collections.'));
    return section;
  }
  const path = `${collectionPath(collection)}/group/${segment(groupId)}/id/${segment(tile.tileId)}`;
  load(section, `pairs in ${collection.name}`, () => getJson(path), (found) => {
    const list = found ?? [];
    const other = (pair) => (pair.pId === tile.tileId && pair.pGroupId === groupId
      ? { groupId: pair.qGroupId, id: pair.qId }
      : { groupId: pair.pGroupId, id: pair.pId });
    const columns = [
      { label: 'other tile', value: (pair) => other(pair).id },
      { label: 'group', value: (pair) => other(pair).groupId },
      { label: 'matches', value: (pair) => pair.matches?.w?.length ?? pair.matchCount ?? 0, numeric: true },
      { label: '', cell: (pair) => el('a', { class: 'pair-link', href: `${MATCH_PAIR_PAGE}?${pairQuery(stack, collection, pair)}` }, 'view pair') },
    ];
    return [
      el('h3', {}, `${list.length} pair${list.length === 1 ? '' : 's'} in ${collection.owner} / ${collection.name}`),
      list.length === 0 ? empty('No pairs of this tile in the collection.') : sortableTable(columns, list, { sortBy: 0 }),
    ];
  });
  return section;
}

/** The match pair page's query: the collection, the pair as stored, and the stack its tiles are in. */
export function pairQuery(stack, collection, pair) {
  return new URLSearchParams({
    matchOwner: collection.owner,
    matchCollection: collection.name,
    pGroupId: pair.pGroupId,
    pId: pair.pId,
    qGroupId: pair.qGroupId,
    qId: pair.qId,
    renderOwner: stack.owner,
    renderProject: stack.project,
    renderStack: stack.stack,
  });
}
