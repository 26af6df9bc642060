// The supervisors' review page: GET /api/nlu/review as a table of the shopper
// messages the bot did not place (filters in the address, so a reload keeps them),
// an intent picker per row that labels into the team's reviewed CSV, and "Train
// and release", which starts a job and follows it to its measured-vs-floor outcome;
// "Release anyway" (with a required reason) when the floors alone refused it.
import { api, logout } from './api.js';
import { currentLocale, label, switchLocale, translatorOver } from './locale.js';
import { clock, num, text } from './format.js';
import { REVIEW_STRINGS } from './review-strings.js';

const locale = currentLocale();
const t = translatorOver(REVIEW_STRINGS, locale);
const $ = (id) => document.getElementById(id);

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = `${t('reviewTitle')} · ShopDesk`;
$('title').textContent = t('reviewTitle');
$('console-link').textContent = t('backToConsole');
$('locale-switch').textContent = t('switchLocale');
$('logout').textContent = t('logout');
$('release-title').textContent = t('releaseTitle');
$('train').textContent = t('train');
$('history-title').textContent = t('historyTitle');
$('override-label').textContent = t('overrideLabel');
$('override-submit').textContent = t('overrideSubmit');
$('hide-fixed-label').textContent = t('hideFixed');
$('locale-switch').addEventListener('click', switchLocale);
$('logout').addEventListener('click', logout);

let toastTimer;
function toast(message, kind = 'error') {
  const el = $('toast');
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 6000);
}
const explain = (err) => `${t('errorPrefix')}: ${err && err.message ? err.message : String(err)}`;

const params = new URLSearchParams(location.search);
const state = {
  days: params.get('days') || '7',
  language: params.get('language') || '',
  reason: params.get('reason') || '',
  hideFixed: params.get('fixed') !== 'any',
  page: Math.max(0, parseInt(params.get('page') || '0', 10) || 0),
};

function options(select, entries, value, ariaLabel) {
  select.replaceChildren(...entries.map(([v, s]) => {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = s;
    return o;
  }));
  select.value = value;
  select.setAttribute('aria-label', ariaLabel);
}
options($('days'), [7, 14, 30, 90].map((n) => [String(n), t('days', n)]), state.days, t('period'));
options($('language'), [['', t('anyLanguage')], ['zh', label(t, 'languages', 'zh')], ['en', label(t, 'languages', 'en')]], state.language, t('anyLanguage'));
options($('reason'), [['', t('anyReason')], ...['out_of_scope', 'fallback', 'low_confidence'].map((r) => [r, label(t, 'reasons', r)])], state.reason, t('anyReason'));
$('hide-fixed').checked = state.hideFixed;

function navigate(change) {
  Object.assign(state, change);
  const q = new URLSearchParams({ days: state.days });
  if (state.language) q.set('language', state.language);
  if (state.reason) q.set('reason', state.reason);
  if (!state.hideFixed) q.set('fixed', 'any');
  if (state.page) q.set('page', String(state.page));
  history.replaceState(null, '', `?${q}`);
  load();
}
$('days').addEventListener('change', (e) => navigate({ days: e.target.value, page: 0 }));
$('language').addEventListener('change', (e) => navigate({ language: e.target.value, page: 0 }));
$('reason').addEventListener('change', (e) => navigate({ reason: e.target.value, page: 0 }));
$('hide-fixed').addEventListener('change', (e) => navigate({ hideFixed: e.target.checked, page: 0 }));
$('prev').addEventListener('click', () => navigate({ page: Math.max(0, state.page - 1) }));
$('next').addEventListener('click', () => navigate({ page: state.page + 1 }));

function el(tag, className, content) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (content !== undefined) e.textContent = content;
  return e;
}

const classified = (c) => (c && c.intent ? `${c.intent} ${c.confidence === null || c.confidence === undefined ? '' : num(c.confidence, 2)}`.trim() : '–');

function labelCell(item, intents) {
  const td = el('td');
  const box = el('div', 'review-label');
  td.append(box);
  if (item.label) {
    box.append(el('span', 'badge label', t('labelledAs', item.label.intent, item.label.labelledBy)));
    const undo = el('button', 'btn ghost', t('undo'));
    undo.dataset.testid = 'undo';
    undo.addEventListener('click', () => act(() => api.unlabel(item.text, item.language), t('unlabelled')));
    box.append(undo);
    return td;
  }
  const select = el('select');
  select.dataset.testid = 'intent-picker';
  select.setAttribute('aria-label', t('pickIntent'));
  options(select, [['', t('pickIntent')], ...intents.filter((i) => i !== 'oos').map((i) => [i, i])], '', t('pickIntent'));
  const add = el('button', 'btn', t('addLabel'));
  add.dataset.testid = 'label';
  add.disabled = true;
  select.addEventListener('change', () => { add.disabled = !select.value; });
  add.addEventListener('click', () => act(() => api.label(item.text, item.language, select.value), t('labelled', select.value)));
  const oos = el('button', 'btn ghost', t('markOos'));
  oos.dataset.testid = 'mark-oos';
  oos.addEventListener('click', () => act(() => api.label(item.text, item.language, 'oos'), t('labelled', 'oos')));
  box.append(select, add, oos);
  return td;
}

async function act(call, done) {
  try {
    await call();
    toast(done, 'info');
  } catch (err) {
    toast(explain(err));
  }
  await Promise.all([load(), loadCurrent(), loadHistory()]);
}

function table(page) {
  if (!page.items.length) return el('p', 'empty', t('noRows'));
  const cols = t('columns');
  const tableEl = el('table', 'agent-table review-table');
  const head = el('tr');
  for (const key of ['text', 'count', 'lastSeen', 'reasons', 'bot', 'recorded', 'live', 'label']) head.append(el('th', key === 'count' ? 'numeric' : '', cols[key]));
  tableEl.append(el('thead'), el('tbody'));
  tableEl.tHead.append(head);
  for (const item of page.items) {
    const tr = el('tr');
    tr.dataset.testid = 'inbox-row';
    tr.dataset.text = text(item.text);
    const message = el('td', 'review-text');
    message.append(el('div', '', text(item.text)), el('div', 'muted', `${label(t, 'languages', item.language)} · ${text(item.sampleConversationId)}`));
    const live = el('td', '', classified(item.live));
    if (item.fixed) live.append(' ', el('span', 'badge fixed', t('fixed')));
    live.dataset.testid = 'live';
    tr.append(message, el('td', 'numeric', num(item.count, 0)), el('td', '', clock(item.lastSeen, locale)),
      el('td', '', (item.reasons || []).map((r) => label(t, 'reasons', r)).join(', ')),
      el('td', '', text(item.botRule || '–')), el('td', '', classified(item.recorded)), live, labelCell(item, page.intents || []));
    tableEl.tBodies[0].append(tr);
  }
  return tableEl;
}

async function load() {
  const query = { days: state.days, page: String(state.page), size: '20' };
  if (state.language) query.language = state.language;
  if (state.reason) query.reason = state.reason;
  if (state.hideFixed) query.fixed = 'false';
  try {
    const page = await api.review(query);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    $('total').textContent = t('total', page.total);
    $('hint').textContent = t('hint', num(page.confidenceBar, 2));
    $('rows').replaceChildren(table(page));
    $('page').textContent = t('page', page.page + 1, pages);
    $('prev').disabled = page.page === 0;
    $('next').disabled = page.page + 1 >= pages;
  } catch (err) {
    $('rows').replaceChildren(el('p', 'empty', explain(err)));
  }
  document.body.dataset.ready = 'true';
}

async function loadCurrent() {
  try {
    const current = await api.currentRelease();
    const r = current.release;
    const line = r ? t('current', r.version, r.examples, current.serving) : t('noRelease', current.serving);
    const said = current.dataMatchesRelease ? line : `${line} ${t('pending')}`;
    // A training file that cannot be read (releases are refused until it is fixed), and intents nothing answers.
    const problems = [];
    if (current.dataError) problems.push(t('dataError', text(current.dataError)));
    if ((current.unansweredIntents || []).length) problems.push(t('unanswered', current.unansweredIntents.map(text).join(', ')));
    const searched = current.answeredByFaqSearch || [];
    if (searched.length) problems.push(t('searchAnswered', searched.map((s) => t('searchAnsweredOne', text(s.intent), (s.entries || []).map(text).join(', '), s.answered, s.examples)).join(', ')));
    $('release-current').textContent = [said, ...problems].join(' ');
    if (current.runningJob) follow(current.runningJob);
    return current;
  } catch (err) {
    $('release-current').textContent = explain(err);
    return null;
  }
}

/** One gate check: its verdict in words, then its figures beside the live release's and the limit. */
function check(c) {
  const box = el('div', `gate-check ${c.passes ? 'passes' : 'below'}`);
  box.dataset.testid = `check-${c.check}`;
  box.append(el('p', 'gate-summary', `${c.passes ? '✓' : '✗'} ${label(t, 'checks', c.check)}: ${c.summary}`));
  if (!c.figures.length) return box;
  const cols = t('figureColumns');
  const tableEl = el('table', 'agent-table');
  const head = el('tr');
  for (const key of ['figure', 'live', 'measured', 'limit', 'passes']) head.append(el('th', key === 'figure' ? '' : 'numeric', cols[key]));
  tableEl.append(el('thead'), el('tbody'));
  tableEl.tHead.append(head);
  const value = (v) => (v === null || v === undefined ? '–' : num(v, 4));
  for (const f of c.figures) {
    const tr = el('tr', f.passes ? 'passes' : 'below');
    // The floors keep their figure-<name> rows; the other checks' rows are gate-<check>-<n>.
    tr.dataset.testid = c.check === 'below_floor' ? `figure-${f.figure}` : `gate-${c.check}-${c.figures.indexOf(f)}`;
    tr.append(el('td', '', c.check === 'below_floor' ? label(t, 'figures', f.figure) : f.figure), el('td', 'numeric', value(f.live)),
      el('td', 'numeric', value(f.candidate)), el('td', 'numeric', `${f.atLeast ? '≥' : '≤'} ${value(f.limit)}`),
      el('td', 'numeric', f.passes ? '✓' : '✗'));
    tableEl.tBodies[0].append(tr);
  }
  box.append(tableEl);
  return box;
}

/**
 * What the job found odd in the training data (a label that looks like out of scope but is not "oos", labels that
 * differ only in case, one text under two intents): said by the server, shown above the figures, since each one
 * changes what they mean. A team's Rasa file with an "out_of_scope" intent is the common case.
 */
function showWarnings(job) {
  const warnings = (job && job.warnings) || [];
  const box = $('job-warnings');
  box.hidden = !warnings.length;
  const list = el('ul');
  for (const w of warnings) list.append(el('li', '', text(w)));
  box.replaceChildren(el('p', '', t('dataWarnings')), list);
}

function figures(job) {
  const box = el('div', 'gate');
  for (const c of job.checks || []) box.append(check(c));
  return box;
}

/** Past jobs from the history table: who, when, the verdict and what went live. */
async function loadHistory() {
  try {
    const { jobs } = await api.releaseJobs();
    const cols = t('historyColumns');
    const tableEl = el('table', 'agent-table');
    const head = el('tr');
    for (const key of ['id', 'startedAt', 'startedBy', 'status', 'released', 'outcome']) head.append(el('th', '', cols[key]));
    tableEl.append(el('thead'), el('tbody'));
    tableEl.tHead.append(head);
    for (const job of jobs) {
      const tr = el('tr', job.status);
      tr.dataset.testid = `history-${job.id}`;
      const failed = (job.checks || []).filter((c) => !c.passes).map((c) => c.summary).join(' ');
      const gone = t('releaseAnywayGone')[job.releaseAnyway];
      const why = job.override ? t('overriddenBy', job.override.by, job.override.reason)
        : `${failed || job.outcome || ''}${gone ? ` ${gone}` : ''}`;
      tr.append(el('td', '', `#${job.id}`), el('td', '', clock(job.startedAt)), el('td', '', text(job.startedBy)),
        el('td', '', label(t, 'statuses', job.status)), el('td', '', text(job.released || '–')),
        el('td', '', text(why)));
      tr.addEventListener('click', () => {
        $('job').hidden = false;
        $('job').dataset.status = job.status;
        $('job-progress').value = Number(job.progress) || 0;
        $('job-phase').textContent = `#${job.id}`;
        $('job-outcome').textContent = outcomeText(job);
        $('job-figures').replaceChildren(figures(job));
        showWarnings(job);
        offerOverride(job);
      });
      tableEl.tBodies[0].append(tr);
    }
    $('history').replaceChildren(jobs.length ? tableEl : el('p', 'empty', t('noHistory')));
  } catch (err) {
    $('history').replaceChildren(el('p', 'empty', explain(err)));
  }
}

function outcomeText(job) {
  const outcome = t('outcomes')[job.reason];
  const said = typeof outcome === 'function' ? outcome(job.released) : outcome || '';
  if (job.status === 'failed') return `${said}: ${text(job.outcome)}`;
  if (job.override) return `${said} ${t('overriddenBy', text(job.override.by), text(job.override.reason))}`;
  const gone = t('releaseAnywayGone')[job.releaseAnyway];
  return gone ? `${said} ${gone}` : said;
}

/**
 * "Release anyway": offered only when the floors are the sole failed check and the job's candidate is still kept
 * (releaseAnyway 'offered'; the noise checks are never overridden, and the server refuses it too). The reason is required; the server records it with the supervisor's name.
 */
let overrideJob = null;
function offerOverride(job) {
  // The server says whether the candidate is still kept for it (an old job's was replaced by a later job's).
  const offered = job.status === 'refused' && job.releaseAnyway === 'offered';
  overrideJob = offered ? job.id : null;
  $('override').hidden = !offered;
  $('override-reason').value = '';
}

$('override').addEventListener('submit', async (event) => {
  event.preventDefault();
  const reason = $('override-reason').value.trim();
  if (!reason) {
    toast(t('overrideReasonRequired'));
    $('override-reason').focus();
    return;
  }
  $('override-submit').disabled = true;
  try {
    const job = await api.releaseAnyway(overrideJob, reason);
    $('override').hidden = true;
    await waitForServing(job.released);
    await Promise.all([load(), loadCurrent(), loadHistory()]);
    $('job').dataset.status = job.status;
    $('job-outcome').textContent = outcomeText(job);
  } catch (err) {
    toast(explain(err));
  } finally {
    $('override-submit').disabled = false;
  }
});

let following = null;
async function follow(id) {
  if (following === id) return;
  following = id;
  $('train').disabled = true;
  $('job').hidden = false;
  $('job-outcome').textContent = '';
  delete $('job').dataset.status;
  $('job-figures').replaceChildren();
  showWarnings(null);
  offerOverride({});
  for (;;) {
    let job;
    try {
      job = await api.releaseJob(id);
    } catch (err) {
      $('job-outcome').textContent = explain(err);
      break;
    }
    $('job-progress').value = Number(job.progress) || 0;
    $('job-phase').textContent = `${label(t, 'phases', job.phase)}${job.detail ? ` ${job.detail}` : ''}`;
    $('job-figures').replaceChildren(figures(job));
    showWarnings(job);
    if (job.status !== 'running') {
      // A release is said once it serves, so the inbox's "now" below is the new model's.
      if (job.status === 'released') await waitForServing(job.released);
      await Promise.all([load(), loadCurrent(), loadHistory()]);
      $('job-outcome').textContent = outcomeText(job);
      $('job').dataset.status = job.status;
      offerOverride(job);
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  following = null;
  $('train').disabled = false;
}

/** The watcher swaps a release in within seconds; the inbox's "now" column is only right after that. */
async function waitForServing(version) {
  for (let i = 0; i < 30; i++) {
    const current = await api.currentRelease().catch(() => null);
    if (current && String(current.serving).includes(version)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

$('train').addEventListener('click', async () => {
  $('train').disabled = true;
  try {
    const job = await api.trainAndRelease();
    follow(job.id);
  } catch (err) {
    toast(err && err.body && err.body.error === 'busy' ? t('busy') : explain(err));
    $('train').disabled = false;
    if (err && err.body && err.body.job) follow(err.body.job);
  }
});

await Promise.all([load(), loadCurrent(), loadHistory()]);
