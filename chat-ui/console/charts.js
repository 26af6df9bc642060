// Small inline-SVG charts for the reports page: grouped bars and lines over
// categories (days, or the 1-5 rating scale). Nothing is fetched; labels are
// text nodes. Each chart is an <svg role="img"> with a <title>.

const NS = 'http://www.w3.org/2000/svg';
const W = 560;
const H = 220;
const M = { top: 12, right: 12, bottom: 28, left: 48 };

function el(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

const STEPS = [1, 2, 2.5, 5, 10];
// Seconds: 5 s … 30 min, then whole hours, so that every grid line reads as a distinct m:ss or h:mm:ss.
const SECOND_STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800];

/**
 * The top of a y axis drawn with four equal steps whose labels are all distinct and round: `count` steps are whole
 * numbers (no "0.3 ratings"), `seconds` steps are round durations (no "0:01, 0:01, 0:01"), anything else 1/2/2.5/5
 * times a power of ten. An axis without data still gets four distinct steps.
 */
export function axisMax(value, kind = 'number') {
  const v = Number.isFinite(value) && value > 0 ? value : 0;
  if (kind === 'seconds') {
    const step = SECOND_STEPS.find((s) => 4 * s >= v) ?? Math.ceil(v / 4 / 3600) * 3600;
    return 4 * step;
  }
  if (kind === 'count' && v <= 4) return 4;
  if (v === 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v / 4));
  for (const m of STEPS) {
    const step = m * p;
    if (kind === 'count' && !Number.isInteger(step)) continue;
    if (4 * step >= v) return 4 * step;
  }
  return 40 * p;
}

function frame(title, categories, yMax, yFormat, testid) {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'data-testid': testid });
  svg.append(el('title', {}, title));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v) => M.top + plotH - (Math.max(0, Number(v) || 0) / yMax) * plotH;
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    svg.append(el('line', { class: i ? 'grid' : 'axis', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    svg.append(el('text', { x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, yFormat(v)));
  }
  const band = plotW / Math.max(1, categories.length);
  const every = Math.max(1, Math.ceil(categories.length / 10));
  categories.forEach((c, i) => {
    if (i % every) return;
    svg.append(el('text', { x: M.left + band * (i + 0.5), y: H - 8, 'text-anchor': 'middle' }, c));
  });
  return { svg, y, band, plotH };
}

/**
 * Grouped bars. series: [{name, color, values:number[]}] aligned with categories.
 * Missing values (null) draw no bar.
 */
export function barChart({ title, categories, series, yFormat = String, yKind = 'number', testid = 'chart' }) {
  const all = series.flatMap((s) => s.values).filter((v) => Number.isFinite(Number(v)) && v !== null);
  const yMax = axisMax(Math.max(0, ...all.map(Number)), yKind);
  const { svg, y, band } = frame(title, categories, yMax, yFormat, testid);
  const inner = band * 0.7;
  const barW = inner / Math.max(1, series.length);
  categories.forEach((c, i) => {
    series.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(Number(v))) return;
      const x = M.left + band * i + (band - inner) / 2 + barW * j;
      const top = y(v);
      const rect = el('rect', { x, y: top, width: Math.max(1, barW - 1), height: Math.max(0, y(0) - top), fill: s.color, rx: 2 });
      rect.append(el('title', {}, `${c} · ${s.name}: ${yFormat(Number(v))}`));
      svg.append(rect);
    });
  });
  return svg;
}

/** Lines with dots; null values break the line. yMax fixes the axis (e.g. 1 for shares). */
export function lineChart({ title, categories, series, yFormat = String, yMax, yKind = 'number', testid = 'chart' }) {
  const all = series.flatMap((s) => s.values).filter((v) => v !== null && Number.isFinite(Number(v)));
  const top = yMax ?? axisMax(Math.max(0, ...all.map(Number)), yKind);
  const { svg, y, band } = frame(title, categories, top, yFormat, testid);
  for (const s of series) {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || v === undefined || !Number.isFinite(Number(v))) {
        pen = false;
        return;
      }
      const x = M.left + band * (i + 0.5);
      d += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
      const dot = el('circle', { cx: x, cy: y(v), r: 3, fill: s.color });
      dot.append(el('title', {}, `${categories[i]} · ${s.name}: ${yFormat(Number(v))}`));
      svg.append(dot);
    });
    if (d) svg.insertBefore(el('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2 }), svg.querySelector('circle'));
  }
  return svg;
}

/** A legend row for a chart's series (HTML). */
export function legend(series) {
  const wrap = document.createElement('div');
  wrap.className = 'legend';
  for (const s of series) {
    const item = document.createElement('span');
    const swatch = document.createElement('i');
    swatch.style.background = s.color;
    item.append(swatch, document.createTextNode(s.name));
    wrap.append(item);
  }
  return wrap;
}
