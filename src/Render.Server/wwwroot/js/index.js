// The entry page: links to every view, the owners of stacks and of match collections, and the
// service's version.

import './header.js';
import { getJson } from './api.js';
import { el, empty, load, pageLink } from './ui.js';

function ownerList(owners, page, none) {
  return owners.length === 0
    ? empty(none)
    : el('ul', { class: 'owner-list' }, owners.map((owner) => el('li', {}, pageLink(page, { owner }, owner))));
}

load(document.getElementById('owners'), 'stack owners', () => getJson('owners'),
  (owners) => ownerList(owners, 'stacks.html', 'No stacks yet: create one with POST /render-ws/v1/owner/{owner}/project/{project}/stack/{stack}.'));
load(document.getElementById('match-owners'), 'match collection owners', () => getJson('matchCollectionOwners'),
  (owners) => ownerList(owners, 'matches.html', 'No match collections yet.'));
load(document.getElementById('version'), 'version', () => getJson('versionInfo'),
  (info) => `${info.implementation ?? 'render'} ${info.version ?? ''} · API at ${new URL('../v1', document.baseURI).pathname}`);
