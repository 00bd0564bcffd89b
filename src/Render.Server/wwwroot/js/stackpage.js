// What the stack and layer pages share: the breadcrumb trail and the check of their parameters.

import { el, pageLink } from './ui.js';

/** owner › project › stack, each a link to where it is listed. */
export function crumbs(stack, ...more) {
  return [
    pageLink('stacks.html', { owner: stack.owner }, stack.owner), ' › ',
    pageLink('stacks.html', { owner: stack.owner, project: stack.project }, stack.project), ' › ',
    pageLink('stack.html', stack, stack.stack),
    ...more.flatMap((item) => [' › ', item]),
  ];
}

/** An explanation when the URL does not name a stack, or null when it does. */
export function missingStackParams(stack) {
  const missing = ['owner', 'project', 'stack'].filter((key) => !stack[key]);
  return missing.length === 0
    ? null
    : el('div', { class: 'state error', role: 'alert' },
      el('strong', {}, `No stack chosen (missing ${missing.join(', ')}).`), ' ',
      el('a', { href: 'stacks.html' }, 'Choose one from the stacks list.'));
}
