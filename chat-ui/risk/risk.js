// The risk console's controller: the key screen, then the rules panel (with a
// version's diff and a rollback's preview), the rule activity panel and the
// decisions column, refreshed every few seconds so an officer saving a rule
// file sees it go live or be rejected. Turns clicks into REST calls (diff,
// preview, rollback, filters, open a decision); the views only render.
import { el } from './dom.js';
import { api, forgetKey, onKeyRefused, storedKey, storeKey } from './api.js';
import { currentLocale, switchLocale, translator } from './i18n.js';
import { RulesView } from './rules-view.js';
import { DecisionView, QueueView, listActions, renderListVersion } from './decisions-view.js';
import { EditorView } from './editor-view.js';
import { ActivityView } from './activity-view.js';
import { renderDiff, renderPreview, renderPreviewMessage } from './version-detail.js';
import { dateTime, decisionsQuery, text } from './format.js';

const REFRESH_MS = 4000;
// The activity is aggregated over up to 30 days of decisions: refreshed every 30 s, not every tick.
const ACTIVITY_EVERY_TICKS = 8;
// The window a rollback preview replays (the API's default).
const PREVIEW_HOURS = 24;
const locale = currentLocale();
const t = translator(locale);
const $ = (id) => document.getElementById(id);

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = `${t('title')} · ShopDesk`;
$('title').textContent = t('title');
$('locale-switch').textContent = t('switchLocale');
$('locale-switch').addEventListener('click', switchLocale);
$('console-link').textContent = t('agentConsole');
$('forget-key').textContent = t('forgetKey');
$('key-title').textContent = t('keyTitle');
$('key-label').textContent = t('keyLabel');
$('key-hint').textContent = t('keyHint');
$('key-submit').textContent = t('keySubmit');
$('queue-title').textContent = t('reviewQueue');
$('rules').setAttribute('aria-label', t('rules'));

const rules = new RulesView($('rules'), { t, onRollback: (v) => previewRollback(v), onDiff: (v, at) => showDiff(v, at) });
const activity = new ActivityView($('activity'), { t, onWindow: () => refreshActivity(), onRefresh: () => refreshActivity() });
const queue = new QueueView($('queue'), { t, locale, onFilter: () => refreshQueue(true), onOpen: (id) => openDecision(id) });
const detail = new DecisionView($('detail'), {
  t, locale, onListVersion: (list, version) => openListVersion(list, version), onRuleVersion: (version) => openRuleVersion(version),
});
const editor = new EditorView($('editor'), { t, onOpen: () => loadFiles(true), onCheck: (draft) => checkDraft(draft), onPublish: (id) => publishDraft(id) });

let timer = null;
let running = false;
let lastRules = '';
let lastQueue = '';
let ticks = 0;

function showKeyScreen(message) {
  running = false;
  clearTimeout(timer);
  $('app').hidden = true;
  $('forget-key').hidden = true;
  $('key-screen').hidden = false;
  const msg = $('key-message');
  msg.textContent = message || '';
  msg.hidden = !message;
  $('key-input').focus();
}

onKeyRefused((status) => {
  if (status === 403) showKeyScreen(t('keyForbidden'));
  else showKeyScreen(running ? t('keyRejectedLater') : t('keyRefused'));
});

$('key-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = $('key-input');
  const key = input.value.trim();
  if (!key) { showKeyScreen(t('keyEmpty')); return; }
  const button = $('key-submit');
  button.disabled = true;
  button.textContent = t('keyChecking');
  try {
    // The key check reads the review queue (an officer-only endpoint), not the rules: the rules come with the first tick.
    await api.tryKey(key);
    storeKey(key);
    input.value = '';
    start();
  } catch (err) {
    if (!err.status) showKeyScreen(t('unreachable'));
    else if (err.status !== 401 && err.status !== 403) showKeyScreen(`${t('errorPrefix')}: ${err.message}`);
  } finally {
    button.disabled = false;
    button.textContent = t('keySubmit');
  }
});

$('forget-key').addEventListener('click', () => { forgetKey(); $('signed-in').hidden = true; showKeyScreen(''); });

// The live version the rule activity was last drawn for: when another goes live (a publish, a rollback, an edit on
// disk), the activity is drawn again at once, not at its next 32-second turn, so it never names the old version
// beside the new one nor leaves a new rule out of its dead or idle rules.
let activityVersion = '';

function showRules(body) {
  const json = JSON.stringify(body);
  if (json === lastRules) return;
  lastRules = json;
  rules.show(body);
  const live = text(body && body.status && body.status.liveVersion);
  if (activityVersion && live && live !== activityVersion) refreshActivity();
  if (live) activityVersion = live;
}

async function refreshRules() {
  showRules(await api.rules());
}

async function refreshActivity() {
  try {
    activity.show(await api.activity(activity.hours()));
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    activity.message(!err.status ? t('unreachable') : `${t('errorPrefix')}: ${text(err.message)}`);
  }
}

async function refreshQueue(force = false) {
  const rows = await api.decisions(decisionsQuery({ ...queue.filter(), limit: 50 }));
  const json = JSON.stringify(rows);
  if (!force && json === lastQueue) return;
  lastQueue = json;
  queue.show(rows);
}

function stamp(error) {
  const el = $('refreshed');
  el.textContent = !error ? t('refreshed', dateTime(new Date()).slice(11))
    : error.status ? `${t('errorPrefix')}: ${error.message}` : t('unreachable');
  el.dataset.state = error ? 'error' : 'ok';
}

async function tick() {
  if (!running) return;
  try {
    await Promise.all([refreshRules(), refreshQueue(), ticks++ % ACTIVITY_EVERY_TICKS === 0 ? refreshActivity() : null]);
    stamp();
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    stamp(err);
  }
  if (running) timer = setTimeout(tick, REFRESH_MS);
}

function start() {
  running = true;
  $('key-screen').hidden = true;
  $('app').hidden = false;
  $('forget-key').hidden = false;
  lastRules = '';
  lastQueue = '';
  activityVersion = '';
  ticks = 0;
  rules.loading();
  showOfficer();
  clearTimeout(timer);
  tick().then(() => { document.body.dataset.ready = 'true'; });
}

/** "Signed in as Li Wei": the name the service records with this officer's changes. */
async function showOfficer() {
  const badge = $('signed-in');
  try {
    const body = await api.officer();
    badge.textContent = t('signedInAs', text(body && body.identity));
    badge.title = body && body.named ? '' : t('unnamedOfficer');
    badge.hidden = false;
  } catch {
    badge.hidden = true;
  }
}

function errorText(err) {
  if (!err.status) return t('unreachable');
  return `${t('errorPrefix')}: ${text(err.message)}`;
}

// at: an older entry of a version listed several times (its liveSince), whose own change is asked for; none for a
// version's newest entry.
async function showDiff(version, at) {
  rules.openDetail(version, 'diff', el('p', { class: 'muted', role: 'status' }, t('diffLoading')), at);
  try {
    const body = await api.diff(version, undefined, at);
    rules.openDetail(version, 'diff', renderDiff(body, t), at);
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    rules.openDetail(version, 'diff', el('p', { class: 'message error', role: 'alert' },
      err.status === 404 ? t('rollbackUnknown', version) : errorText(err)), at);
  }
}

// The rollback button first shows what the rollback would flip; the preview's own button confirms.
async function previewRollback(version) {
  const actions = { t, onConfirm: (v, reason) => rollback(v, reason), onCancel: () => rules.close(), busy: rules.busy };
  rules.openDetail(version, 'preview', renderPreviewMessage(version, t('previewLoading', version), { ...actions, pending: true }));
  try {
    const body = await api.rollbackPreview(version, PREVIEW_HOURS);
    rules.openDetail(version, 'preview', renderPreview(body, actions));
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    const message = err.status === 404 ? t('rollbackUnknown', version)
      : err.status === 409 ? t('previewDoesNotCompile') : t('previewFailed', errorText(err));
    rules.openDetail(version, 'preview', renderPreviewMessage(version, message, actions));
  }
}

async function rollback(version, reason) {
  rules.close();
  rules.setBusy(true);
  rules.showOutcome('pending', t('rollingBack'));
  try {
    await api.rollback(version, reason);
    rules.showOutcome('ok', t('rolledBack', version));
  } catch (err) {
    if (err.status === 409) rules.showOutcome('refused', t('rollbackRefused', version), Array.isArray(err.body.problems) ? err.body.problems : []);
    else if (err.status === 404) rules.showOutcome('error', t('rollbackUnknown', version));
    else if (err.status === 400 && err.body && err.body.fields && typeof err.body.fields === 'object') {
      // Name the field the server refused (reason: required …), not a bare "Bad Request".
      rules.showOutcome('error', Object.entries(err.body.fields).map(([f, m]) => t('rollbackFieldError', f, text(m))).join(' '));
    } else if (!err.status) rules.showOutcome('error', t('unreachable'));
    else if (err.status !== 401 && err.status !== 403) rules.showOutcome('error', `${t('errorPrefix')}: ${err.message}`);
  } finally {
    rules.setBusy(false);
  }
  if (running) refreshRules().catch(() => {});
}

async function loadFiles(keepEdits) {
  try {
    editor.load(await api.ruleFiles(), { keepEdits });
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    editor.message('error', errorText(err));
  }
}

// Check = propose the edits as a draft on the live version, then run the gate's checks and the replay on it.
async function checkDraft(draft) {
  editor.setBusy(true);
  editor.message('pending', t('editorChecking'));
  try {
    const proposed = await api.proposeDraft(draft);
    editor.showCheck(draft, await api.checkDraft(proposed.id, PREVIEW_HOURS));
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    if (err.status === 409) editor.message('refused', t('editorStaleRefused'));
    else if (err.status === 400 && err.body.fields) editor.message('refused', Object.entries(err.body.fields).map(([k, v]) => `${k}: ${v}`).join('; '));
    else editor.message('error', errorText(err));
  } finally {
    editor.setBusy(false);
  }
}

async function publishDraft(id) {
  editor.setBusy(true);
  editor.message('pending', t('editorPublishing'));
  try {
    const body = await api.publishDraft(id);
    editor.showPublished(body, true);
    await loadFiles(false);
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    if (err.status === 409 && err.body.error) editor.message('refused', t('editorStaleRefused'));
    else if (err.status === 409) editor.showPublished(err.body, false);
    else editor.message('error', errorText(err));
  } finally {
    editor.setBusy(false);
  }
  if (running) refreshRules().catch(() => {});
}

// A list button's change, published at once; the decision's lists are shown again with the outcome.
async function changeList(id, list, action, reason) {
  let result;
  try {
    const body = await api.changeList(id, list, action, reason);
    result = { ok: true, message: t('listDone', text(body.liveVersion)) };
  } catch (err) {
    if (err.status === 401 || err.status === 403) return;
    const fields = err.body && err.body.fields ? Object.values(err.body.fields).join('; ') : '';
    const problems = Array.isArray(err.body && err.body.problems) ? err.body.problems.map((p) => p.message || p).join('; ') : '';
    result = { ok: false, message: !err.status ? t('unreachable') : t('listRefused', fields || problems || text(err.message)) };
  }
  await showLists(id, result);
}

// The decision shown: lists that arrive for another one (opened meanwhile) are not shown under it.
let shownDecision = '';

async function showLists(id, result = null) {
  try {
    const listed = await api.decisionLists(id);
    if (id !== shownDecision) return;
    detail.showLists(listActions(t, listed, (list, action, reason) => changeList(id, list, action, reason), result));
  } catch {
    // The decision itself is shown; without its lists it has no list buttons.
  }
}

// A list version clicked under "Lists at decision time": the list as it was then, and what changed.
async function openListVersion(list, version) {
  const decision = shownDecision;
  detail.showListVersion(el('p', { class: 'muted', role: 'status' }, t('listVersionLoading', list, version)));
  try {
    const body = await api.listVersion(list, version);
    if (decision !== shownDecision) return;
    detail.showListVersion(renderListVersion(body, { t, onClose: () => detail.showListVersion(null) }));
  } catch (err) {
    if (err.status === 401 || err.status === 403 || decision !== shownDecision) return;
    detail.showListVersion(el('p', { class: 'message error', role: 'alert', dataset: { testid: 'list-version-message' } },
      err.status === 404 ? t('listVersionUnknown', list, version) : errorText(err)));
  }
}

// The rule-set version of the decision shown, clicked: what that version changed (it may no longer be live).
async function openRuleVersion(version) {
  const decision = shownDecision;
  detail.showRuleVersion(el('p', { class: 'muted', role: 'status' }, t('diffLoading')));
  try {
    const body = await api.diff(version);
    if (decision !== shownDecision) return;
    detail.showRuleVersion(el('div', {},
      renderDiff(body, t),
      el('button', { type: 'button', class: 'btn small', dataset: { testid: 'close-rule-version' }, onclick: () => detail.showRuleVersion(null) }, t('close'))));
  } catch (err) {
    if (err.status === 401 || err.status === 403 || decision !== shownDecision) return;
    detail.showRuleVersion(el('p', { class: 'message error', role: 'alert', dataset: { testid: 'rule-version-message' } },
      err.status === 404 ? t('ruleVersionUnknown', version) : errorText(err)));
  }
}

async function openDecision(id) {
  queue.select(id);
  shownDecision = id;
  try {
    detail.show(await api.decision(id));
    showLists(id);
  } catch (err) {
    // 400: not even shaped like an id (a stray "/" or "%" in what was pasted); for the officer, no such decision either.
    if (err.status === 404 || err.status === 400) detail.message(t('notFound', id));
    else if (!err.status) detail.message(t('unreachable'));
    else if (err.status !== 401 && err.status !== 403) detail.message(`${t('errorPrefix')}: ${text(err.message)}`);
  }
}

if (storedKey()) start();
else showKeyScreen('');

// For the browser test and for debugging from the devtools.
window.ShopDeskRisk = Object.freeze({ open: (id) => openDecision(id), refresh: () => Promise.all([refreshRules(), refreshQueue(true), refreshActivity()]) });
