// The bar at the top of every page, written once here rather than in each HTML file. A page marks
// its own entry with <header class="top" data-current="stacks">.

import { el } from './ui.js';

const entries = [
  { key: 'stacks', href: 'stacks.html', text: 'Stacks' },
  { key: 'matches', href: 'matches.html', text: 'Match collections' },
  { key: 'viewer', href: 'viewer.html', text: 'Viewer' },
  { key: 'match-pair', href: 'match-pair.html', text: 'Match pair' },
  { key: 'api', href: '../openapi/v1.json', text: 'API description' },
];

for (const header of document.querySelectorAll('header.top')) {
  header.replaceChildren(
    el('a', { class: 'brand', href: 'index.html' }, 'render'),
    el('nav', {}, entries.map(({ key, href, text }) =>
      el('a', { href, 'aria-current': key === header.dataset.current ? 'page' : null }, text))));
}
