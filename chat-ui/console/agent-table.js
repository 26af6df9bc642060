// The per-agent (and per-team) figures of GET /api/agent/reports as tables whose
// columns sort on a click (again: the other way). Numbers are formatted as the
// tiles are; a missing figure shows "–" and sorts last either way.
import { duration, num, text } from './format.js';

/** The columns: key in the report's row, i18n label key, kind (text, count, seconds, csat). */
export const COLUMNS = [
  ['displayName', 'agentName', 'text'],
  ['team', 'agentTeam', 'text'],
  ['handled', 'agentHandled', 'count'],
  ['resolved', 'resolved', 'count'],
  ['returned', 'agentReturned', 'count'],
  ['transferredAway', 'agentTransferred', 'count'],
  ['firstResponseMedianSeconds', 'agentFirstResponseMedian', 'seconds'],
  ['firstResponseP90Seconds', 'agentFirstResponseP90', 'seconds'],
  ['handlingMedianSeconds', 'agentHandlingMedian', 'seconds'],
  ['handlingP90Seconds', 'agentHandlingP90', 'seconds'],
  ['csat', 'csat', 'csat'],
];

function cell(row, key, kind, t) {
  const v = row[key];
  if (kind === 'text') {
    const teams = key === 'team' ? t('team') : null;
    return teams && typeof teams === 'object' && teams[v] ? teams[v] : text(v);
  }
  if (kind === 'seconds') return duration(v);
  if (kind === 'csat') return v === null || v === undefined ? '–' : `${num(v, 2)} (${num(row.ratings, 0)})`;
  return num(v, 0);
}

function compare(a, b, key, kind, dir) {
  const x = a[key];
  const y = b[key];
  const missingX = x === null || x === undefined;
  const missingY = y === null || y === undefined;
  if (missingX || missingY) return missingX === missingY ? 0 : missingX ? 1 : -1;
  const c = kind === 'text' ? String(x).localeCompare(String(y)) : Number(x) - Number(y);
  return c * dir;
}

/**
 * A sortable table of {@code rows}; {@code first} names the first column (agent or team). Returns the element.
 * @param {{rows: object[], t: Function, testid: string, first: 'agent'|'team'}} options
 */
export function agentTable({ rows, t, testid, first }) {
  const columns = first === 'team' ? [['team', 'agentTeam', 'text'], ['agents', 'teamAgents', 'count'], ...COLUMNS.slice(2)] : COLUMNS;
  const table = document.createElement('table');
  table.className = 'agent-table';
  table.dataset.testid = testid;
  const head = document.createElement('tr');
  const body = document.createElement('tbody');
  let sortKey = null;
  let dir = 1;
  const draw = () => {
    const sorted = [...rows];
    const c = columns.find(([k]) => k === sortKey);
    if (c) sorted.sort((a, b) => compare(a, b, c[0], c[2], dir));
    body.replaceChildren(...sorted.map((row) => {
      const tr = document.createElement('tr');
      for (const [key, , kind] of columns) {
        const td = document.createElement('td');
        td.textContent = cell(row, key, kind, t);
        if (kind !== 'text') td.className = 'numeric';
        td.dataset.col = key;
        tr.append(td);
      }
      return tr;
    }));
    for (const th of head.children) {
      th.setAttribute('aria-sort', th.dataset.col === sortKey ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
  };
  for (const [key, label, kind] of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset.col = key;
    if (kind !== 'text') th.className = 'numeric';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t(label);
    button.addEventListener('click', () => {
      dir = sortKey === key ? -dir : (kind === 'text' ? 1 : -1);
      sortKey = key;
      draw();
    });
    th.append(button);
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  table.append(thead, body);
  draw();
  if (!rows.length) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = columns.length;
    td.className = 'empty';
    td.textContent = t('noData');
    tr.append(td);
    body.append(tr);
  }
  return table;
}
