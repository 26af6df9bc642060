// What opens under a version in the history: its changes as unified diffs
// (each line keeps its +/- prefix and is coloured, so colour is never the only
// sign), or a rollback preview (how many recent payment and financing
// decisions would flip, from -> to counts per kind, a sample; financing replayed
// on the model probability stored with each) with the buttons that confirm or
// cancel the rollback. Builds DOM only; the controller (risk.js) fetches.
import { el } from './dom.js';
import { label } from './i18n.js';
import { dateTime, diffLineKind, previewCounts, probability, text } from './format.js';

/** body: GET /api/risk/rules/versions/{v}/diff. */
export function renderDiff(body, t) {
  const files = Array.isArray(body && body.files) ? body.files : [];
  return el('section', { class: 'diff', dataset: { testid: 'version-diff', version: text(body && body.version) } },
    el('h4', {}, t('diffTitle', text(body && body.version), text(body && body.against))),
    files.length ? el('p', { class: 'muted' }, t('diffLegend')) : el('p', { class: 'muted' }, t('diffNone')),
    files.map((f) => el('div', { class: 'diff-file', dataset: { testid: 'diff-file', file: text(f.file), change: text(f.change) } },
      el('div', { class: 'diff-file-head' },
        el('span', { class: 'mono' }, text(f.file)),
        el('span', { class: `pill change-${text(f.change)}` }, label(t, 'diffChange', f.change)),
        f.binary ? null : el('span', { class: 'muted' }, t('diffCounts', Number(f.added) || 0, Number(f.removed) || 0))),
      f.binary ? el('p', { class: 'muted' }, t('diffBinary'))
        : el('pre', { class: 'diff-lines', tabindex: '0', 'aria-label': text(f.file) },
          (Array.isArray(f.lines) ? f.lines : []).map((line) => {
            const kind = diffLineKind(line);
            return el('span', { class: `diff-line ${kind}`, dataset: { testid: 'diff-line', kind } }, text(line), '\n');
          })))));
}

/** body: GET /api/risk/rules/rollback/preview. */
export function renderPreview(body, { t, onConfirm, onCancel, busy }) {
  const c = previewCounts(body);
  const version = text(body && body.version);
  const changes = Array.isArray(body && body.changes) ? body.changes : [];
  const sample = Array.isArray(body && body.sample) ? body.sample : [];
  const d = (code) => label(t, 'decision', code);
  const k = (kind) => label(t, 'kind', kind);
  // With the rule that decided, when known (a decision stored before V57 does not say).
  const outcome = (o) => (o ? `${d(o.decision)} (${text(o.score)}${o.decidedBy ? `, ${o.decidedBy}` : ''})` : '–');
  const col = (key) => label(t, 'previewCols', key);
  return el('section', { class: 'preview', dataset: { testid: 'rollback-preview', version, flipped: String(c.flipped) }, role: 'region', 'aria-label': t('previewTitle', version) },
    el('h4', {}, t('previewTitle', version)),
    el('p', { class: 'preview-count', dataset: { testid: 'preview-count' } }, c.flipped ? t('previewCounts', c.flipped, c.replayed, c.payments, c.financing) : t('previewNoFlips', c.replayed, c.payments, c.financing)),
    changes.length ? el('ul', { class: 'preview-changes' }, changes.map((ch) =>
      el('li', { dataset: { testid: 'preview-change', kind: text(ch.kind), from: text(ch.from), to: text(ch.to) } }, t('previewChange', k(ch.kind), d(ch.from), d(ch.to), text(ch.count))))) : null,
    c.capped ? el('p', { class: 'muted', dataset: { testid: 'preview-capped' } }, t('previewCapped', c.replayed, c.inWindow)) : null,
    c.financing ? el('p', { class: 'muted', dataset: { testid: 'preview-stored-score' } }, t('previewStoredScore')) : null,
    c.withoutScore ? el('p', { class: 'muted', dataset: { testid: 'preview-without-score' } }, t('previewWithoutScore', c.withoutScore)) : null,
    Number(body && body.decidedByLive) ? el('p', { class: 'muted' }, t('previewFidelity', Number(body.liveReplayMatches) || 0, Number(body.decidedByLive))) : null,
    sample.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'decisions' },
      el('caption', {}, t('previewSample')),
      el('thead', {}, el('tr', {}, ['id', 'kind', 'subject', 'probability', 'stored', 'live', 'version'].map((key) => el('th', { scope: 'col' }, col(key))))),
      el('tbody', {}, sample.map((f) => el('tr', { dataset: { testid: 'preview-flip', id: text(f.decisionId), kind: text(f.kind) } },
        el('td', { class: 'mono', title: dateTime(f.decidedAt) }, text(f.decisionId).slice(0, 8)),
        el('td', {}, f.kind ? k(f.kind) : ''),
        el('td', { class: 'mono' }, text(f.paymentId || f.applicationId)),
        el('td', { class: 'mono', title: text(f.modelVersion) }, probability(f.defaultProbability)),
        el('td', {}, outcome(f.stored)),
        el('td', {}, outcome(f.live)),
        el('td', { class: 'strong' }, outcome(f.version))))))) : null,
    previewActions(version, { t, onConfirm, onCancel, busy }));
}

/** A preview that could not be made (its message), still with the buttons: the rollback itself checks again. */
export function renderPreviewMessage(version, message, { t, onConfirm, onCancel, busy, pending = false }) {
  return el('section', { class: 'preview', dataset: { testid: 'rollback-preview', version, state: pending ? 'pending' : 'failed' }, role: 'status' },
    el('p', { dataset: { testid: 'preview-message' } }, message),
    pending ? null : previewActions(version, { t, onConfirm, onCancel, busy }));
}

// Why the rollback: kept with it in the history ("rollback to … by Li Wei: <reason>"), where an auditor reads it.
function previewActions(version, { t, onConfirm, onCancel, busy }) {
  // Required (the server answers 400 fields.reason without one): a rollback nobody can explain is no audit trail.
  const required = el('p', { class: 'message error', role: 'alert', hidden: true, dataset: { testid: 'rollback-reason-required' } },
    t('rollbackReasonRequired'));
  const reason = el('input', { type: 'text', class: 'rollback-reason', maxlength: '300', required: true, placeholder: t('rollbackReason'),
    'aria-label': t('rollbackReason'), dataset: { testid: 'rollback-reason' },
    oninput: () => { required.hidden = true; reason.removeAttribute('aria-invalid'); } });
  const confirm = () => {
    if (!reason.value.trim()) {
      required.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    onConfirm(version, reason.value.trim());
  };
  return el('div', { class: 'preview-actions' },
    reason,
    el('button', { type: 'button', class: 'btn small primary', dataset: { testid: 'confirm-rollback' }, disabled: busy, onclick: confirm }, t('confirmRollbackButton', version)),
    el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'cancel-rollback' }, onclick: () => onCancel(version) }, t('cancel')),
    required);
}
