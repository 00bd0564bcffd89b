// A table sorted by clicking its column headers (again to reverse), used for stacks, sections,
// collections and pairs.

import { el } from './ui.js';

/**
 * columns: [{ label, value: row => sortable value (none: not sortable), cell: row => node or text
 * (default: value), numeric: right-aligned }]; options: { sortBy: column index, descending, rowAttributes: row => {} }.
 */
export function sortableTable(columns, rows, options = {}) {
  let sortBy = options.sortBy ?? 0;
  let descending = options.descending ?? false;
  const body = el('tbody');
  const headers = columns.map((column, index) =>
    el('th', { scope: 'col', class: column.numeric ? 'numeric' : null },
      column.value ? el('button', { type: 'button', onclick: () => sortOn(index) }, column.label) : column.label));

  function sortOn(index) {
    descending = index === sortBy ? !descending : false;
    sortBy = index;
    render();
  }

  function render() {
    const column = columns[sortBy];
    const sorted = [...rows].sort((a, b) => compare(column.value(a), column.value(b), descending));
    headers.forEach((header, index) => {
      if (columns[index].value) {
        header.setAttribute('aria-sort', index === sortBy ? (descending ? 'descending' : 'ascending') : 'none');
      }
    });
    body.replaceChildren(...sorted.map((row) =>
      el('tr', options.rowAttributes?.(row) ?? {},
        columns.map((c) => el('td', { class: c.numeric ? 'numeric' : null, 'data-label': c.label }, (c.cell ?? c.value)(row) ?? '—')))));
  }

  render();
  return el('table', { class: 'sortable' }, el('thead', {}, el('tr', {}, headers)), body);
}

/** Missing values sort last either way; numbers numerically; text in natural order ("s2" before "s10"). */
function compare(a, b, descending) {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) {
    return aMissing - bMissing;
  }
  const order = typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'en', { numeric: true });
  return descending ? -order : order;
}
