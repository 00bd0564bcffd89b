// Small building blocks shared by the pages: elements, the loading/empty/error states, formatting
// and the query string that holds each page's state (so every view can be bookmarked and shared).

import { request } from './api.js';

/** Creates an element: attributes (on* keys become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on')) {
      element.addEventListener(key.slice(2), value);
    } else {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null));
  return element;
}

/** Creates an SVG element with attributes and children. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, value);
  }
  element.append(...children);
  return element;
}

/** Replaces what a container shows (null children are left out, so renderers can add optional parts inline). */
export function show(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((child) => child !== undefined && child !== null));
}

function loading(what) {
  return el('p', { class: 'state loading', role: 'status' }, el('span', { class: 'spinner' }), `Loading ${what}…`);
}

export function empty(message) {
  return el('p', { class: 'state empty' }, message);
}

/** An error as the user should read it: what failed, the status, and the service's own message. */
export function failure(what, error) {
  const status = error.status ? ` (HTTP ${error.status})` : '';
  return el('div', { class: 'state error', role: 'alert' },
    el('strong', {}, `Could not load ${what}${status}`),
    el('pre', {}, error.message),
    error.url ? el('a', { href: error.url }, 'the failed request') : null);
}

/**
 * Shows a loading state in the container while fetching a value the page needs before it can go on;
 * on failure shows the error and answers undefined (the caller stops there).
 */
export async function attempt(container, what, fetchValue) {
  show(container, loading(what));
  try {
    return await fetchValue();
  } catch (error) {
    show(container, failure(what, error));
    return undefined;
  }
}

/**
 * Shows a loading state in the container, then what render(value) returns, or the error. Answers
 * that arrive after a newer call on the same container are dropped, so quick clicks cannot leave
 * an older answer on screen.
 */
export async function load(container, what, fetchValue, render) {
  const ticket = (container.dataset.ticket = String(Number(container.dataset.ticket ?? 0) + 1));
  show(container, loading(what));
  try {
    const value = await fetchValue();
    if (container.dataset.ticket === ticket) {
      show(container, render(value));
    }
  } catch (error) {
    if (container.dataset.ticket === ticket) {
      show(container, failure(what, error));
    }
  }
}

/**
 * An image from the service, fetched rather than set as a plain src so that a failure shows the
 * service's reason ("Image not available" and its message) instead of a broken-image icon: the
 * image endpoints may be missing, or the tiles' image files unreachable from the server.
 */
export function serviceImage(path, query, alt) {
  const frame = el('div', { class: 'image-frame' }, loading('image'));
  const unavailable = (message) =>
    show(frame, el('div', { class: 'state unavailable', role: 'status' }, el('strong', {}, 'Image not available'), el('pre', {}, message)));
  request(path, query)
    .then((response) => response.blob())
    .then((blob) => {
      const src = URL.createObjectURL(blob);
      show(frame, el('img', {
        src,
        alt,
        onload: () => URL.revokeObjectURL(src),
        onerror: () => unavailable(`the answer is not an image the browser can show (${blob.type || 'no type'})`),
      }));
    })
    .catch((error) => unavailable(error.status ? `HTTP ${error.status}: ${error.message}` : error.message));
  return frame;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function number(value) {
  return value === undefined || value === null ? '—' : numberFormat.format(value);
}

/** "x 149 – 5,103 · y 130 – 5,386": the box of a Bounds, TileBounds or SectionData. */
export function bounds(box) {
  if (!box || box.minX === undefined) {
    return '—';
  }
  return `x ${number(box.minX)} – ${number(box.maxX)} · y ${number(box.minY)} – ${number(box.maxY)}`;
}

/** A z value as render writes it, without thousands separators: it names a layer more than it counts. */
export function zText(z) {
  return z === undefined || z === null ? '—' : String(z);
}

export function zRange(box) {
  if (!box || box.minZ === undefined) {
    return '—';
  }
  return box.minZ === box.maxZ ? zText(box.minZ) : `${zText(box.minZ)} – ${zText(box.maxZ)}`;
}

export function timestamp(value) {
  if (!value) {
    return '—';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The page's query parameters as an object. */
export function params() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** Records the page's state in its URL without reloading. */
export function setParams(values) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  }
  history.replaceState(null, '', `${location.pathname}?${search}`);
}

/** A link to another dashboard page with its state. */
export function pageLink(page, values, text, attributes = {}) {
  const search = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
  return el('a', { href: `${page}?${search}`, ...attributes }, text);
}

/** A select element of the options, with the chosen one selected. */
export function picker(label, options, chosen, onchange) {
  const select = el('select', { 'aria-label': label, onchange: () => onchange(select.value) },
    options.map(({ value, text }) => el('option', { value, selected: value === chosen }, text ?? value)));
  return el('label', { class: 'picker' }, `${label} `, select);
}

/**
 * An owner picker in the slot, over the owners fetched: calls choose(owner, false) for the asked
 * owner (or the first) and choose(owner, true) on each change. Answers the owners, or undefined
 * after showing why they could not be fetched.
 */
export async function ownerPicker(slot, what, fetchOwners, asked, choose) {
  const owners = await attempt(slot, what, fetchOwners);
  if (owners?.length > 0) {
    const chosen = owners.includes(asked) ? asked : owners[0];
    show(slot, picker('Owner', owners.map((value) => ({ value })), chosen, (owner) => choose(owner, true)));
    choose(chosen, false);
  } else if (owners) {
    show(slot);
  }
  return owners;
}
