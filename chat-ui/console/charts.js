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

/** A round upper bound for the y axis: 0.87 -> 1, 13 -> 15, 420 -> 500. */
export function niceMax(value) {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (value <= step * p) return step * p;
  return 10 * p;
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
export function barChart({ title, categories, series, yFormat = String, testid = 'chart' }) {
  const all = series.flatMap((s) => s.values).filter((v) => Number.isFinite(Number(v)) && v !== null);
  const yMax = niceMax(Math.max(0, ...all.map(Number)));
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
export function lineChart({ title, categories, series, yFormat = String, yMax, testid = 'chart' }) {
  const all = series.flatMap((s) => s.values).filter((v) => v !== null && Number.isFinite(Number(v)));
  const top = yMax ?? niceMax(Math.max(0, ...all.map(Number)));
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
