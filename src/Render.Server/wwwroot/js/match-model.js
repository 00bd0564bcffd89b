// The model a pair's matches follow, fitted by least squares (full-scale pixels), and each match's
// residual under it: how far the model puts p from where q was found. TRANSLATION fits a shift;
// every other type is shown with an affine fit (RIGID and SIMILARITY are affines too, so their
// residuals are at most those shown).

/** The fitted model: { type, apply(x, y) → [x, y] }; the identity shift for fewer than the model needs. */
export function fitModel(matches, type) {
  const n = matches.length;
  if (type === 'TRANSLATION' || n < 3) {
    const dx = n ? matches.reduce((s, m) => s + (m.qx - m.px), 0) / n : 0;
    const dy = n ? matches.reduce((s, m) => s + (m.qy - m.py), 0) / n : 0;
    return { type: 'TRANSLATION', apply: (x, y) => [x + dx, y + dy] };
  }
  // Centred normal equations: q − q̄ = A (p − p̄).
  const mean = (f) => matches.reduce((s, m) => s + f(m), 0) / n;
  const [pcx, pcy, qcx, qcy] = [mean((m) => m.px), mean((m) => m.py), mean((m) => m.qx), mean((m) => m.qy)];
  let sxx = 0; let sxy = 0; let syy = 0; let uxx = 0; let uxy = 0; let uyx = 0; let uyy = 0;
  for (const m of matches) {
    const [x, y, u, v] = [m.px - pcx, m.py - pcy, m.qx - qcx, m.qy - qcy];
    sxx += x * x; sxy += x * y; syy += y * y;
    uxx += u * x; uxy += u * y; uyx += v * x; uyy += v * y;
  }
  const det = (sxx * syy) - (sxy * sxy);
  if (Math.abs(det) < 1e-12) {
    return fitModel(matches, 'TRANSLATION');
  }
  const a = ((uxx * syy) - (uxy * sxy)) / det;
  const b = ((uxy * sxx) - (uxx * sxy)) / det;
  const c = ((uyx * syy) - (uyy * sxy)) / det;
  const d = ((uyy * sxx) - (uyx * sxy)) / det;
  return {
    type: 'AFFINE',
    apply: (x, y) => [qcx + (a * (x - pcx)) + (b * (y - pcy)), qcy + (c * (x - pcx)) + (d * (y - pcy))],
  };
}

/** Each match's distance between model(p) and q. */
export function residuals(matches, model) {
  return matches.map((m) => {
    const [x, y] = model.apply(m.px, m.py);
    return Math.hypot(x - m.qx, y - m.qy);
  });
}
