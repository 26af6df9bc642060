// "Change rules": an officer edits the rule, scenario and list files in the
// browser, checks the change as the reload gate would (compile errors by file
// and line, failed scenarios) with a replay of the stored decisions through it
// (which would flip, from → to), and publishes it when green. Edits to several
// files make one draft. An Excel decision table (.drl.xlsx) is downloaded and
// uploaded rather than edited as text (workbook-file.js). "Add a file" adds a
// new rule file, decision table (CSV or workbook), scenario or list to the
// change once its name is confirmed; "Delete this file" marks a file for
// deletion after a confirmation (undone with "Keep this file"). Renders and
// keeps the edits; the controller (risk.js) calls the API.
import { el } from './dom.js';
import { label } from './i18n.js';
import { dateTime, problemText, text } from './format.js';
import { WorkbookFile, isWorkbook } from './workbook-file.js';

// The paths a draft may write or delete (DraftFiles.EDITABLE on the server).
const EDITABLE = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*\.(?:drl|drl\.csv|drl\.xlsx)|lists\/[A-Za-z0-9][A-Za-z0-9._-]*\.csv|scenarios\/[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml)$/;

export const editablePath = (path) => EDITABLE.test(String(path || '')) && !String(path).includes('..');

export class EditorView {
  constructor(root, { t, onCheck, onPublish, onOpen }) {
    this.root = root;
    this.t = t;
    this.onCheck = onCheck;
    this.onPublish = onPublish;
    this.original = {};
    this.edited = {};
    this.uploadedNames = {};
    this.added = new Set();
    this.deleted = new Set();
    this.path = '';
    this.base = '';
    this.checked = null;
    this.open = false;
    this.toggle = el('button', { type: 'button', class: 'btn small', dataset: { testid: 'editor-toggle' }, 'aria-expanded': 'false',
      onclick: () => { this.open = !this.open; this.render(); if (this.open) onOpen(); } }, t('editorOpen'));
    this.body = el('div', { class: 'editor', dataset: { testid: 'editor' }, hidden: true });
    this.root.replaceChildren(el('div', { class: 'editor-head' }, el('h2', { class: 'col-title' }, t('editorTitle')), this.toggle), this.body);
    this.picker = el('select', { dataset: { testid: 'editor-file' }, 'aria-label': t('editorFile'), onchange: () => this.pick(this.picker.value) });
    this.gutter = el('pre', { class: 'gutter mono', 'aria-hidden': 'true' });
    this.area = el('textarea', { class: 'mono', spellcheck: 'false', wrap: 'off', dataset: { testid: 'editor-text' }, 'aria-label': t('editorText'),
      oninput: () => { this.edited[this.path] = this.area.value; this.numbers(); this.state(); },
      onscroll: () => { this.gutter.scrollTop = this.area.scrollTop; } });
    this.reason = el('input', { type: 'text', class: 'reason', dataset: { testid: 'editor-reason' }, placeholder: t('editorReason'),
      'aria-label': t('editorReason'), maxlength: '300', oninput: () => this.state() });
    this.checkButton = el('button', { type: 'button', class: 'btn small', dataset: { testid: 'editor-check' }, onclick: () => this.onCheck(this.draft()) }, t('editorCheck'));
    this.publishButton = el('button', { type: 'button', class: 'btn small primary', dataset: { testid: 'editor-publish' }, disabled: true,
      onclick: () => this.onPublish(this.checked.report.draftId) }, t('editorPublish'));
    this.resetButton = el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'editor-reset' },
      onclick: () => { this.edited = {}; this.uploadedNames = {}; this.added.clear(); this.deleted.clear(); this.options(); } }, t('editorReset'));
    this.addButton = el('button', { type: 'button', class: 'btn small', dataset: { testid: 'editor-add' },
      onclick: () => { this.addForm.hidden = false; this.deleteForm.hidden = true; this.newName.focus(); } }, t('editorAdd'));
    this.deleteButton = el('button', { type: 'button', class: 'btn small danger', dataset: { testid: 'editor-delete' },
      onclick: () => this.askDelete() }, t('editorDelete'));
    this.newName = el('input', { type: 'text', class: 'mono', dataset: { testid: 'editor-new-name' }, 'aria-label': t('editorAddName'),
      placeholder: t('editorAddName'), maxlength: '120', onkeydown: (e) => { if (e.key === 'Enter') this.add(); } });
    this.addError = el('p', { class: 'message error', dataset: { testid: 'editor-add-error' }, hidden: true });
    this.addForm = el('div', { class: 'editor-confirm', dataset: { testid: 'editor-add-form' }, hidden: true },
      el('p', {}, t('editorAddAbout')),
      el('div', { class: 'editor-bar' }, this.newName,
        el('button', { type: 'button', class: 'btn small primary', dataset: { testid: 'editor-add-confirm' }, onclick: () => this.add() }, t('editorAddConfirm')),
        el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'editor-add-cancel' },
          onclick: () => { this.addForm.hidden = true; this.addError.hidden = true; } }, t('editorCancel'))),
      this.addError);
    this.deleteQuestion = el('p', { dataset: { testid: 'editor-delete-question' } });
    this.deleteForm = el('div', { class: 'editor-confirm', dataset: { testid: 'editor-delete-form' }, hidden: true },
      this.deleteQuestion,
      el('div', { class: 'editor-bar' },
        el('button', { type: 'button', class: 'btn small danger', dataset: { testid: 'editor-delete-confirm' }, onclick: () => this.remove() }, t('editorDeleteConfirm')),
        el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'editor-delete-cancel' },
          onclick: () => { this.deleteForm.hidden = true; } }, t('editorCancel'))));
    this.deletedNote = el('div', { class: 'message error', dataset: { testid: 'editor-deleted' }, hidden: true },
      el('span', { dataset: { testid: 'editor-deleted-text' } }), ' ',
      el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'editor-undelete' },
        onclick: () => { this.deleted.delete(this.path); this.options(); } }, t('editorUndelete')));
    this.workbook = new WorkbookFile({ t, onUpload: (base64, name) => {
      this.edited[this.path] = base64;
      this.uploadedNames[this.path] = name;
      this.pick(this.path);
    } });
    this.code = el('div', { class: 'code-editor' }, this.gutter, this.area);
    this.changed = el('p', { class: 'muted', dataset: { testid: 'editor-changed' } });
    this.result = el('div', { class: 'editor-result', dataset: { testid: 'editor-result' }, role: 'status' });
    this.body.append(
      el('div', { class: 'editor-bar' }, el('label', {}, `${t('editorFile')} `, this.picker), this.addButton, this.deleteButton,
        el('span', { class: 'muted' }, t('editorBase'), ' ', el('span', { class: 'mono', dataset: { testid: 'editor-base' } }))),
      this.addForm,
      this.deleteForm,
      this.deletedNote,
      this.code,
      this.workbook.root,
      this.changed,
      el('div', { class: 'editor-bar' }, this.reason, this.checkButton, this.publishButton, this.resetButton),
      this.result);
  }

  render() {
    this.body.hidden = !this.open;
    this.toggle.textContent = this.open ? this.t('editorClose') : this.t('editorOpen');
    this.toggle.setAttribute('aria-expanded', String(this.open));
  }

  /** body: GET /api/risk/rules/files ({liveVersion, files}); keeps unsaved edits unless the base moved after a publish. */
  load(body, { keepEdits = true } = {}) {
    this.original = (body && body.files) || {};
    this.base = text(body && body.liveVersion);
    if (!keepEdits) { this.edited = {}; this.uploadedNames = {}; this.added.clear(); this.deleted.clear(); }
    // A file added in this change that is now live is no longer new; one deleted that is gone needs no deletion.
    for (const path of [...this.added]) if (path in this.original) this.added.delete(path);
    for (const path of [...this.deleted]) if (!(path in this.original)) this.deleted.delete(path);
    this.body.querySelector('[data-testid="editor-base"]').textContent = this.base;
    this.options();
  }

  /** The picker's files: the live ones and those added in this change, new and deleted ones marked. */
  options() {
    const paths = [...new Set([...Object.keys(this.original), ...this.added])].sort();
    this.picker.replaceChildren(...paths.map((p) => el('option', { value: p },
      this.added.has(p) ? `${p} ${this.t('editorNewMark')}` : this.deleted.has(p) ? `${p} ${this.t('editorDeletedMark')}` : p)));
    this.pick(paths.includes(this.path) ? this.path : paths[0] || '');
  }

  pick(path) {
    this.path = path;
    this.picker.value = path;
    const workbook = isWorkbook(path);
    const deleted = this.deleted.has(path);
    this.code.hidden = workbook;
    if (workbook) this.workbook.show(path, this.original[path], this.edited[path], this.uploadedNames[path]);
    else this.workbook.hide();
    this.area.value = workbook ? '' : path in this.edited ? this.edited[path] : text(this.original[path]);
    this.area.readOnly = deleted;
    this.deletedNote.hidden = !deleted;
    if (deleted) this.deletedNote.querySelector('[data-testid="editor-deleted-text"]').textContent = this.t('editorDeletedNote', path);
    this.deleteButton.disabled = !path || deleted;
    this.deleteForm.hidden = true;
    this.numbers();
    this.state();
  }

  /** Adds the file named in the form to the change, once the name is one a draft may write and not taken. */
  add() {
    const path = this.newName.value.trim();
    const error = !editablePath(path) ? this.t('editorAddBadName', path)
      : path in this.original || this.added.has(path) ? this.t('editorAddExists', path) : '';
    this.addError.textContent = error;
    this.addError.hidden = !error;
    if (error) return;
    this.added.add(path);
    if (!isWorkbook(path)) this.edited[path] = '';
    this.newName.value = '';
    this.addForm.hidden = true;
    this.path = path;
    this.options();
    if (!isWorkbook(path)) this.area.focus();
  }

  askDelete() {
    this.addForm.hidden = true;
    this.deleteQuestion.textContent = this.t(this.added.has(this.path) ? 'editorDeleteNewQuestion' : 'editorDeleteQuestion', this.path);
    this.deleteForm.hidden = false;
  }

  /** Confirmed: a file added in this change is dropped from it; a live one is deleted when the change is published. */
  remove() {
    const path = this.path;
    if (this.added.has(path)) {
      this.added.delete(path);
      delete this.edited[path];
      delete this.uploadedNames[path];
      this.path = '';
    } else {
      this.deleted.add(path);
    }
    this.options();
  }

  numbers() {
    const lines = this.area.value.split('\n').length;
    this.gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n');
  }

  /** The draft the edits make: every file whose text differs from the live one, and the files to delete. */
  draft() {
    const files = {};
    for (const [path, value] of Object.entries(this.edited)) {
      if (value !== this.original[path] && !this.deleted.has(path)) files[path] = value;
    }
    return { baseVersion: this.base, files, deletions: [...this.deleted].sort(), reason: this.reason.value.trim() };
  }

  state() {
    const draft = this.draft();
    const paths = Object.keys(draft.files).map((p) => (this.added.has(p) ? `${p} ${this.t('editorNewMark')}` : p))
      .concat(draft.deletions.map((p) => `${p} ${this.t('editorDeletedMark')}`));
    const emptyNew = [...this.added].filter((p) => !(p in draft.files) || draft.files[p] === '');
    this.changed.textContent = (paths.length ? this.t('editorChanged', paths.join(', ')) : this.t('editorUnchanged'))
      + (emptyNew.length ? ` ${this.t('editorEmptyNew', emptyNew.join(', '))}` : '');
    this.checkButton.disabled = !paths.length || !draft.reason || emptyNew.length > 0;
    const same = this.checked && JSON.stringify(this.checked.request) === JSON.stringify(draft);
    this.publishButton.disabled = !(same && this.checked.report.passed && !this.checked.report.stale);
  }

  /** Jumps to a line of a file of the draft (a compile error's). */
  jump(file, line) {
    const path = file.replace(/^[^/]+\//, '');
    if (path in this.original && path !== this.path) this.pick(path);
    if (isWorkbook(path)) return; // a workbook's problem names its row; there is no text to select
    const lines = this.area.value.split('\n');
    const start = lines.slice(0, Math.max(0, line - 1)).join('\n').length + (line > 1 ? 1 : 0);
    const end = start + (lines[line - 1] || '').length;
    this.area.focus();
    this.area.setSelectionRange(start, end);
    const height = this.area.scrollHeight / Math.max(1, lines.length);
    this.area.scrollTop = Math.max(0, (line - 5) * height);
  }

  message(kind, textValue) {
    this.result.dataset.kind = kind;
    this.result.replaceChildren(el('p', { dataset: { testid: 'editor-message' } }, textValue));
  }

  /** report: POST …/drafts/{id}/check; request: the draft it checked. */
  showCheck(request, report) {
    const t = this.t;
    this.checked = { request, report };
    const compile = report.compileProblems || [];
    const scenarios = report.scenarioProblems || [];
    const problem = (p) => el('li', { class: 'mono' }, p.line > 0
      ? el('a', { href: '#', dataset: { testid: 'editor-problem', file: text(p.file), line: String(p.line) },
        onclick: (e) => { e.preventDefault(); this.jump(text(p.file), p.line); } }, problemText(p))
      : el('span', { dataset: { testid: 'editor-problem', file: text(p.file) } }, problemText(p)));
    this.result.dataset.kind = report.passed ? 'ok' : 'refused';
    this.result.replaceChildren(...[
      el('p', { dataset: { testid: 'editor-verdict', passed: String(Boolean(report.passed)) } },
        report.passed ? t('editorPassed', text(report.draftVersion)) : t('editorFailed')),
      report.stale ? el('p', { class: 'message error', dataset: { testid: 'editor-stale' } }, t('editorStale', text(report.liveVersion))) : null,
      compile.length ? el('div', {}, el('h4', {}, t('editorCompileProblems')), el('ul', {}, compile.map(problem))) : null,
      scenarios.length ? el('div', {}, el('h4', {}, t('editorScenarioProblems')), el('ul', {}, scenarios.map(problem))) : null,
      report.replay ? this.replay(report.replay) : null,
    ].filter(Boolean));
    this.state();
  }

  replay(r) {
    const t = this.t;
    const changes = Array.isArray(r.changes) ? r.changes : [];
    const sample = Array.isArray(r.sample) ? r.sample : [];
    // With the rule that decided (decidedBy): a REVIEW by ReviewFarAboveOrderTotal is another story than by ReviewAt40.
    const outcome = (o, reasons) => `${label(t, 'decision', o && o.decision)} ${text(o && o.score)}${o && o.decidedBy ? ` · ${o.decidedBy}` : ''}`
      + (Array.isArray(reasons) && reasons.length ? ` (${reasons.join(', ')})` : '');
    return el('div', { class: 'editor-replay', dataset: { testid: 'editor-replay' } },
      el('h4', {}, t('editorReplay', r.hours)),
      el('p', { dataset: { testid: 'editor-flipped', flipped: String(r.flipped) } }, t('editorFlipped', r.flipped, r.replayed)),
      changes.length ? el('ul', {}, changes.map((c) => el('li', {},
        `${label(t, 'kind', c.kind)}: ${label(t, 'decision', c.from)} → ${label(t, 'decision', c.to)} × ${c.count}`))) : null,
      sample.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'decisions' },
        el('thead', {}, el('tr', {}, ['editorWhen', 'editorSubject', 'editorLiveCol', 'editorDraft'].map((k) => el('th', {}, t(k))))),
        el('tbody', {}, sample.map((f) => el('tr', { dataset: { testid: 'editor-flip', subject: text(f.paymentId || f.applicationId) } },
          el('td', {}, dateTime(f.decidedAt)),
          el('td', { class: 'mono' }, text(f.paymentId || f.applicationId)),
          el('td', {}, outcome(f.live, f.liveReasons)),
          el('td', {}, outcome(f.version, f.versionReasons))))))) : null);
  }

  /** A publish's outcome: went live, or refused with the gate's problems (the files were restored). */
  showPublished(body, ok) {
    const t = this.t;
    this.checked = null;
    this.result.dataset.kind = ok ? 'ok' : 'refused';
    const problems = Array.isArray(body && body.problems) ? body.problems : [];
    this.result.replaceChildren(...[
      el('p', { dataset: { testid: 'editor-published', published: String(ok) } },
        ok ? t('editorLive', text(body.liveVersion)) : t('editorRefused', text(body && body.liveVersion))),
      problems.length ? el('ul', {}, problems.map((p) => el('li', { class: 'mono' }, problemText(p)))) : null,
    ].filter(Boolean));
    if (ok) this.reason.value = '';
    this.state();
  }

  setBusy(busy) {
    this.checkButton.disabled = busy || this.checkButton.disabled;
    if (busy) this.publishButton.disabled = true;
    else this.state();
  }
}
