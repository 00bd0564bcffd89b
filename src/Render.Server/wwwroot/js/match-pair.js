// One canvas pair and its matches, to tune match parameters by eye (render's match-trial page): the
// two canvases side by side, each match a line between them coloured by its residual under the
// pair's model, the counts, and a form that runs a new trial on the server and shows it.
// Two modes by query: a stored pair of a collection (matchOwner, matchCollection, pGroupId, pId,
// qGroupId, qId, with renderOwner/renderProject/renderStack naming the stack to render) or a stored
// trial (owner, trialId).

import { apiUrl, collectionPath, getJson, segment, stackPath } from './api.js';
import { el, empty, failure, number, params, setParams, show, svg } from './ui.js';
import { fitModel, residuals } from './match-model.js';

const query = params();
const view = document.getElementById('view');
const summary = document.getElementById('summary');
const form = document.getElementById('trial-form');
const trialState = document.getElementById('trial-state');

/** Gap between the two canvases in the drawing, in image pixels. */
const gap = 24;

start();

async function start() {
  try {
    if (query.trialId) {
      await showTrial(query.owner, query.trialId);
    } else if (query.matchCollection) {
      await showStoredPair();
    } else {
      form.hidden = true;
    }
  } catch (error) {
    show(view, failure(query.trialId ? 'the trial' : 'the pair', error));
  }
}

async function showTrial(owner, trialId) {
  const trial = await getJson(`owner/${segment(owner)}/matchTrial/${segment(trialId)}`);
  const parameters = trial.parameters;
  document.getElementById('title').textContent = `Match trial ${trialId.slice(-7)}`;
  show(document.getElementById('about'), el('a', { href: apiUrl(`owner/${segment(owner)}/matchTrial/${segment(trialId)}`) }, 'trial JSON'));
  const derivation = parameters.featureAndMatchParameters.matchDerivationParameters;
  const sets = trial.matches ?? [];
  const { pClipPosition, clipPixels } = parameters.featureAndMatchParameters;
  await drawPair({
    clip: pClipPosition ? { position: pClipPosition, pixels: clipPixels } : null,
    pImage: imageUrlOf(parameters.pRenderParametersUrl),
    qImage: imageUrlOf(parameters.qRenderParametersUrl),
    renderScale: scaleOf(parameters.pRenderParametersUrl),
    sets,
    modelType: derivation.matchModelType,
    counts: [['Features p', trial.stats?.pFeatureCount], ['Features q', trial.stats?.qFeatureCount]],
    notes: pClipPosition ? [['Clipped', `p ${pClipPosition}, ${number(clipPixels)} full-scale px`, 'clip']] : [],
  });
  trialForm(owner, parameters);
}

async function showStoredPair() {
  const { matchOwner, matchCollection, pGroupId, pId, qGroupId, qId, renderOwner, renderProject, renderStack } = query;
  const collection = collectionPath({ owner: matchOwner, name: matchCollection });
  const path = `${collection}/group/${segment(pGroupId)}/id/${segment(pId)}/matchesWith/${segment(qGroupId)}/id/${segment(qId)}`;
  document.getElementById('title').textContent = `${pId} – ${qId}`;
  show(document.getElementById('about'), `${matchCollection} · `, el('a', { href: apiUrl(path) }, 'pair JSON'));
  const [pair] = await getJson(path);
  if (!pair) {
    show(view, empty('The collection has no such pair.'));
    return;
  }
  // Stored pairs are normalised: the one asked for as p may be stored as q.
  const swapped = pair.pId !== pId;
  const stack = { owner: renderOwner ?? matchOwner, project: renderProject, stack: renderStack };
  const canvasUrl = (tileId, scale, kind) => apiUrl(`${stackPath(stack)}/tile/${segment(tileId)}/${kind}`, { normalizeForMatching: true, scale });
  const matches = swapped ? { p: pair.matches.q, q: pair.matches.p, w: pair.matches.w } : pair.matches;
  await drawPair({
    pImage: canvasUrl(pId, viewScale(), 'jpeg-image'),
    qImage: canvasUrl(qId, viewScale(), 'jpeg-image'),
    renderScale: viewScale(),
    sets: [matches],
    modelType: 'AFFINE',
    counts: [],
  });
  const [first, second] = pId <= qId ? [pId, qId] : [qId, pId];
  trialForm(matchOwner, {
    pRenderParametersUrl: canvasUrl(first, 0.5, 'render-parameters'),
    qRenderParametersUrl: canvasUrl(second, 0.5, 'render-parameters'),
  });
}

function viewScale() {
  return Number(query.scale ?? 0.5);
}

function imageUrlOf(renderParametersUrl) {
  const url = new URL(renderParametersUrl, location.href);
  url.pathname = url.pathname.replace(/\/render-parameters\/?$/, '/jpeg-image');
  return url.href;
}

function scaleOf(renderParametersUrl) {
  const scale = Number(new URL(renderParametersUrl, location.href).searchParams.get('scale') ?? 1);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

function loadImage(src) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`the canvas image ${src} could not be loaded`));
    image.src = src;
  });
}

/** The kept strips of clipped canvases (render's clipping: p at its position, q opposite), in image pixels. */
function clipStrips(clip, renderScale, p, q) {
  const kept = clip.pixels * renderScale;
  const strip = (image, position, x0) => {
    const [w, h] = [image.naturalWidth, image.naturalHeight];
    const box = {
      LEFT: [w - kept, 0, kept, h], RIGHT: [0, 0, kept, h], TOP: [0, h - kept, w, kept], BOTTOM: [0, 0, w, kept],
    }[position];
    return svg('rect', {
      class: 'clip', x: x0 + Math.max(0, box[0]), y: Math.max(0, box[1]), width: Math.min(w, box[2]), height: Math.min(h, box[3]),
      fill: 'none', stroke: '#4cc9f0', 'stroke-width': 2, 'stroke-dasharray': '8 6',
    });
  };
  const opposite = { LEFT: 'RIGHT', RIGHT: 'LEFT', TOP: 'BOTTOM', BOTTOM: 'TOP' }[clip.position];
  return [strip(p, clip.position, 0), strip(q, opposite, p.naturalWidth + gap)];
}

/** Draws both canvases (images at renderScale of full-scale canvas coordinates) and the matches. */
async function drawPair({ pImage, qImage, renderScale, sets, modelType, counts, clip = null, notes = [] }) {
  const [p, q] = await Promise.all([loadImage(pImage), loadImage(qImage)]);
  const width = p.naturalWidth + gap + q.naturalWidth;
  const height = Math.max(p.naturalHeight, q.naturalHeight);
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'match-pair', role: 'img', 'aria-label': 'the two canvases and their matches' },
    svg('image', { href: pImage, x: 0, y: 0, width: p.naturalWidth, height: p.naturalHeight }),
    svg('image', { href: qImage, x: p.naturalWidth + gap, y: 0, width: q.naturalWidth, height: q.naturalHeight }),
    ...(clip ? clipStrips(clip, renderScale, p, q) : []));

  const all = [];
  sets.forEach((matches, set) => {
    const n = matches?.w?.length ?? matches?.p?.[0]?.length ?? 0;
    for (let i = 0; i < n; i++) {
      all.push({ px: matches.p[0][i], py: matches.p[1][i], qx: matches.q[0][i], qy: matches.q[1][i], set });
    }
  });
  const model = fitModel(all, modelType);
  const errors = residuals(all, model);
  const max = Math.max(1e-9, ...errors);
  all.forEach((match, i) => {
    const colour = `hsl(${Math.round(120 * (1 - Math.min(1, errors[i] / max)))} 90% 45%)`;
    const x1 = match.px * renderScale;
    const y1 = match.py * renderScale;
    const x2 = p.naturalWidth + gap + (match.qx * renderScale);
    const y2 = match.qy * renderScale;
    drawing.append(svg('line', { class: 'match', x1, y1, x2, y2, stroke: colour, 'stroke-width': 1.5, 'data-residual': errors[i].toFixed(3) },
      svg('title', {}, `p (${number(match.px)}, ${number(match.py)}) → q (${number(match.qx)}, ${number(match.qy)}), residual ${number(errors[i])} px`)));
    drawing.append(svg('circle', { cx: x1, cy: y1, r: 3, fill: colour }), svg('circle', { cx: x2, cy: y2, r: 3, fill: colour }));
  });

  const mean = errors.length ? errors.reduce((sum, e) => sum + e, 0) / errors.length : undefined;
  const residualText = all.length ? `mean ${number(mean)} px · max ${number(errors.length ? Math.max(...errors) : undefined)} px` : '—';
  const facts = [
    ...counts.map(([label, value]) => [label, number(value), null]),
    ['Matches', String(all.length), 'match-count'],
    ...(sets.length > 1 ? [['Consensus sets', String(sets.length), null]] : []),
    [`Residual (${model.type.toLowerCase()} fit)`, residualText, 'residuals'],
    ...notes,
  ];
  show(summary, el('dl', { class: 'facts' },
    facts.map(([term, value, id]) => el('div', {}, el('dt', {}, term), el('dd', id ? { id } : {}, value)))),
  el('p', { class: 'legend' }, 'Lines are coloured by residual: green is the best fit, red the worst of this pair.'
    + (clip ? ' Dashed boxes are the clipped strips features were taken from.' : '')));
  show(view, all.length ? null : empty('No matches.'), drawing);
}

const fields = [
  { group: 'siftFeatureParameters', name: 'fdSize', label: 'SIFT fdSize', step: 1 },
  { group: 'siftFeatureParameters', name: 'minScale', label: 'SIFT minScale', step: 0.05 },
  { group: 'siftFeatureParameters', name: 'maxScale', label: 'SIFT maxScale', step: 0.05 },
  { group: 'siftFeatureParameters', name: 'steps', label: 'SIFT steps', step: 1 },
  { group: 'matchDerivationParameters', name: 'matchRod', label: 'Ratio of distances (rod)', step: 0.01 },
  { group: 'matchDerivationParameters', name: 'matchModelType', label: 'Model', options: ['TRANSLATION', 'RIGID', 'SIMILARITY', 'AFFINE'] },
  { group: 'matchDerivationParameters', name: 'matchIterations', label: 'Iterations', step: 1 },
  { group: 'matchDerivationParameters', name: 'matchMaxEpsilonFullScale', label: 'Max epsilon (full-scale px)', step: 0.5 },
  { group: 'matchDerivationParameters', name: 'matchMinInlierRatio', label: 'Min inlier ratio', step: 0.01 },
  { group: 'matchDerivationParameters', name: 'matchMinNumInliers', label: 'Min inliers', step: 1 },
  { group: 'matchDerivationParameters', name: 'matchMaxNumInliers', label: 'Max inliers (blank: all)', step: 1 },
  { group: 'matchDerivationParameters', name: 'matchMaxTrust', label: 'Max trust', step: 0.5 },
  { group: 'matchDerivationParameters', name: 'matchFilter', label: 'Filter', options: ['SINGLE_SET', 'CONSENSUS_SETS', 'AGGREGATED_CONSENSUS_SETS', 'NO_FILTER'] },
  // render's montage clipping: only the strips next to each other are matched (blank: whole canvases).
  { group: null, name: 'pClipPosition', label: 'Clip: where p lies', options: ['', 'LEFT', 'RIGHT', 'TOP', 'BOTTOM'] },
  { group: null, name: 'clipPixels', label: 'Clip strip (full-scale px)', step: 1 },
];

const defaults = {
  siftFeatureParameters: { fdSize: 8, minScale: 0.5, maxScale: 0.85, steps: 3 },
  matchDerivationParameters: {
    matchRod: 0.92, matchModelType: 'AFFINE', matchIterations: 1000, matchMaxEpsilonFullScale: 20, matchMinInlierRatio: 0,
    matchMinNumInliers: 4, matchMaxTrust: 3, matchFilter: 'SINGLE_SET',
  },
};

/** The parameter form, filled from a trial's parameters (or defaults), with the render scale of both canvases. */
function trialForm(owner, parameters) {
  const given = parameters.featureAndMatchParameters ?? {};
  const value = (group, name) => (group ? given[group]?.[name] ?? defaults[group][name] : given[name]);
  const derivation = given.matchDerivationParameters ?? {};
  const epsilon = derivation.matchMaxEpsilonFullScale ?? (derivation.matchMaxEpsilon !== undefined
    ? derivation.matchMaxEpsilon / scaleOf(parameters.pRenderParametersUrl) : defaults.matchDerivationParameters.matchMaxEpsilonFullScale);
  const inputs = fields.map((field) => {
    const current = field.name === 'matchMaxEpsilonFullScale' ? epsilon : value(field.group, field.name);
    const control = field.options
      ? el('select', { name: field.name }, field.options.map((option) => el('option', { value: option, selected: option === (current ?? '') }, option || '—')))
      : el('input', { name: field.name, type: 'number', step: field.step, value: current ?? '' });
    return el('label', { class: 'field' }, `${field.label} `, control);
  });
  const scale = el('input', { name: 'renderScale', type: 'number', step: 0.05, min: 0.01, value: scaleOf(parameters.pRenderParametersUrl) });
  const run = el('button', { type: 'submit' }, 'Run trial');
  show(form, el('label', { class: 'field' }, 'Render scale ', scale), inputs, run);
  // The steps are for the spinners only: a value between them (scale 1 with min 0.01 and step 0.05)
  // must still be sent; the server checks every value and says what is wrong.
  form.noValidate = true;
  form.onsubmit = async (event) => {
    event.preventDefault();
    run.disabled = true;
    show(trialState, el('p', { class: 'state loading', role: 'status' }, el('span', { class: 'spinner' }), 'Running the trial on the server…'));
    try {
      const trial = await postTrial(owner, readForm(parameters, Number(scale.value)));
      setParams({ owner, trialId: trial.id });
      query.owner = owner;
      query.trialId = trial.id;
      show(trialState, null);
      await showTrial(owner, trial.id);
    } catch (error) {
      show(trialState, failure('a trial with these parameters', error));
    } finally {
      run.disabled = false;
    }
  };
}

function readForm(parameters, renderScale) {
  const out = { siftFeatureParameters: {}, matchDerivationParameters: {} };
  for (const field of fields) {
    const raw = form.elements[field.name].value;
    if (raw === '') {
      continue;
    }
    (field.group ? out[field.group] : out)[field.name] = field.options ? raw : Number(raw);
  }
  const withScale = (url) => {
    const parsed = new URL(url, location.href);
    parsed.searchParams.set('scale', String(renderScale));
    return parsed.href;
  };
  return {
    featureAndMatchParameters: out,
    pRenderParametersUrl: withScale(parameters.pRenderParametersUrl),
    qRenderParametersUrl: withScale(parameters.qRenderParametersUrl),
  };
}

async function postTrial(owner, body) {
  const url = apiUrl(`owner/${segment(owner)}/matchTrial`);
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    const error = new Error((await response.text()).trim() || response.statusText);
    error.status = response.status;
    throw error;
  }
  return response.json();
}
