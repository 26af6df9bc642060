// The reports page: GET /api/agent/reports?days=N drawn as KPI tiles and SVG
// charts (volume, waiting time, handling time, CSAT with its 1-5 distribution,
// bot containment), then the per-agent and per-team tables with a CSV download.
import { api, logout } from './api.js';
import { agentTable } from './agent-table.js';
import { barChart, lineChart, legend } from './charts.js';
import { currentLocale, switchLocale, translator } from './i18n.js';
import { duration, num, percent, text } from './format.js';

const locale = currentLocale();
const t = translator(locale);
const $ = (id) => document.getElementById(id);
const COLORS = { conversations: '#94a3b8', escalated: '#e4572e', resolved: '#0f766e', wait: '#ea580c', handle: '#2563eb', csat: '#f59e0b', containment: '#16a34a' };

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = `${t('reportsTitle')} · ShopDesk`;
$('title').textContent = t('reportsTitle');
$('console-link').textContent = t('backToConsole');
$('locale-switch').textContent = t('switchLocale');
$('logout').textContent = t('logout');
$('days').setAttribute('aria-label', t('period'));
$('locale-switch').addEventListener('click', switchLocale);
$('logout').addEventListener('click', logout);

const params = new URLSearchParams(location.search);
const days = Math.min(90, Math.max(1, parseInt(params.get('days') || '14', 10) || 14));
const select = $('days');
for (const n of [7, 14, 30, 90]) {
  const o = document.createElement('option');
  o.value = String(n);
  o.textContent = t('days', n);
  select.append(o);
}
select.value = String(days);
select.addEventListener('change', () => { location.search = '?days=' + select.value; });

function kpi(labelText, value, hint, testid) {
  const card = document.createElement('div');
  card.className = 'kpi';
  card.dataset.testid = testid;
  for (const [cls, s] of [['kpi-label', labelText], ['kpi-value', value], ['kpi-hint', hint]]) {
    if (s === undefined) continue;
    const d = document.createElement('div');
    d.className = cls;
    d.textContent = s;
    card.append(d);
  }
  return card;
}

function card(title, chart, series, testid) {
  const c = document.createElement('section');
  c.className = 'chart-card';
  c.dataset.testid = testid;
  const h = document.createElement('h2');
  h.textContent = title;
  c.append(h, chart);
  if (series) c.append(legend(series));
  return c;
}

function shortDate(d) {
  return /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(5, 10) : text(d);
}

let report;
try {
  report = await api.reports(days);
} catch (err) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.dataset.testid = 'report-error';
  p.textContent = `${t('errorPrefix')}: ${err && err.message ? err.message : String(err)}`;
  $('charts').replaceChildren(p);
  throw err;
}
const totals = report.totals || {};
const daily = Array.isArray(report.daily) ? report.daily : [];
const dates = daily.map((d) => shortDate(text(d.date)));
const col = (key) => daily.map((d) => (d[key] === undefined ? null : d[key]));

$('range').textContent = `${text(report.from)} – ${text(report.to)}`;
$('kpis').replaceChildren(
  kpi(t('conversations'), num(totals.conversations, 0), undefined, 'kpi-conversations'),
  kpi(t('escalated'), num(totals.escalated, 0), undefined, 'kpi-escalated'),
  kpi(t('resolved'), num(totals.resolved, 0), undefined, 'kpi-resolved'),
  kpi(t('withdrawn'), num(totals.withdrawn, 0), t('withdrawnHint'), 'kpi-withdrawn'),
  kpi(t('avgWait'), duration(totals.avgWaitSeconds), undefined, 'kpi-wait'),
  kpi(t('avgHandle'), duration(totals.avgHandleSeconds), undefined, 'kpi-handle'),
  kpi(t('csat'), totals.csat === null || totals.csat === undefined ? '–' : num(totals.csat, 2) + ' / 5', t('ratings', Number(totals.ratings) || 0), 'kpi-csat'),
  kpi(t('containment'), percent(totals.containment, 1), t('containmentHint'), 'kpi-containment'),
);

const volume = [
  { name: t('conversations'), color: COLORS.conversations, values: col('conversations') },
  { name: t('escalated'), color: COLORS.escalated, values: col('escalated') },
  { name: t('resolved'), color: COLORS.resolved, values: col('resolved') },
];
const wait = [{ name: t('avgWait'), color: COLORS.wait, values: col('avgWaitSeconds') }];
const handle = [{ name: t('avgHandle'), color: COLORS.handle, values: col('avgHandleSeconds') }];
const counts = totals.ratingCounts && typeof totals.ratingCounts === 'object' ? totals.ratingCounts : {};
const scale = ['1', '2', '3', '4', '5'];
const ratings = [{ name: t('csat'), color: COLORS.csat, values: scale.map((s) => Number(counts[s]) || 0) }];
const containment = [{ name: t('containment'), color: COLORS.containment, values: col('containment') }];

$('charts').replaceChildren(
  card(t('volumePerDay'), barChart({ title: t('volumePerDay'), categories: dates, series: volume, yFormat: (v) => num(v, 0), yKind: 'count', testid: 'chart-volume' }), volume, 'card-volume'),
  card(t('waitPerDay'), lineChart({ title: t('waitPerDay'), categories: dates, series: wait, yFormat: duration, yKind: 'seconds', testid: 'chart-wait' }), null, 'card-wait'),
  card(t('handlePerDay'), lineChart({ title: t('handlePerDay'), categories: dates, series: handle, yFormat: duration, yKind: 'seconds', testid: 'chart-handle' }), null, 'card-handle'),
  card(`${t('csatDistribution')} · ${totals.csat === null || totals.csat === undefined ? '–' : num(totals.csat, 2)}`,
    barChart({ title: t('csatDistribution'), categories: scale.map((s) => t('stars', s)), series: ratings, yFormat: (v) => num(v, 0), yKind: 'count', testid: 'chart-csat' }), null, 'card-csat'),
  card(t('containmentPerDay'), lineChart({ title: t('containmentPerDay'), categories: dates, series: containment, yFormat: (v) => percent(v), yMax: 1, testid: 'chart-containment' }), null, 'card-containment'),
);
$('agents-title').textContent = t('agentsTitle');
$('teams-title').textContent = t('teamsTitle');
$('agents-hint').textContent = t('agentsHint');
$('agents-csv').textContent = t('downloadCsv');
$('agents-csv').href = `/api/agent/reports.csv?days=${encodeURIComponent(days)}`;
const agentRows = Array.isArray(report.agents) ? report.agents : [];
const teamRows = Array.isArray(report.teams) ? report.teams : [];
$('agents-table').replaceChildren(agentTable({ rows: agentRows, t, testid: 'agents-table', first: 'agent' }));
$('teams-table').replaceChildren(agentTable({ rows: teamRows, t, testid: 'teams-table', first: 'team' }));
document.body.dataset.ready = 'true';
