// The rules panel: what is live and since when, the files, the last reload
// attempt, the last rejected edit's problems (prominent: the old version keeps
// serving), and the version history newest first, each entry with a button
// that shows what it changed, each version one that previews a rollback to it. What opens
// under a version (its diff, a preview) stays open across refreshes.
// Renders only; the controller (risk.js) fetches, previews and rolls back.
import { el } from './dom.js';
import { dateTime, liveSince, newestEntries, newestFirst, problemText, rollbackEntries, rulesHealth, text } from './format.js';

export class RulesView {
  constructor(root, { t, onRollback, onDiff }) {
    this.root = root;
    this.t = t;
    this.onRollback = onRollback;
    this.onDiff = onDiff;
    // What is open under a version: { version, kind: 'diff' | 'preview', node }.
    this.opened = null;
    this.lastBody = null;
    this.outcome = el('div', { class: 'outcome', dataset: { testid: 'rollback-outcome' }, role: 'status', hidden: true });
    this.body = el('div');
    this.root.replaceChildren(el('h2', { class: 'col-title' }, t('rules')), this.outcome, this.body);
    this.busy = false;
    this.loading();
  }

  /**
   * Until the first GET /api/risk/rules answers: "Loading the rules…", not a verdict. Signing in once drew the
   * decisions the key check had read as if they were the rules' status, and a slow server showed "Rules not ready:
   * no live version, the risk API answers 503" for as long as the rules took to come (stop 33).
   */
  loading() {
    this.lastBody = null;
    this.opened = null;
    this.body.replaceChildren(el('p', { class: 'muted', role: 'status', dataset: { testid: 'rules-loading' } }, this.t('rulesLoading')));
  }

  /** body: GET /api/risk/rules ({status, versions}). */
  show(body) {
    this.lastBody = body;
    const t = this.t;
    const status = (body && body.status) || {};
    const problems = Array.isArray(status.lastProblems) ? status.lastProblems : [];
    const health = rulesHealth(status);
    const banner = el('div', { class: `health ${health}`, dataset: { testid: 'rules-health', health }, role: health === 'ok' ? null : 'alert' },
      health === 'ok' ? t('healthOk') : health === 'rejected' ? t('healthRejected', text(status.liveVersion)) : t('healthNotReady'));

    const facts = el('dl', { class: 'kv facts' },
      el('dt', {}, t('liveVersion')), el('dd', { class: 'mono', dataset: { testid: 'live-version' } }, text(status.liveVersion) || '–'),
      el('dt', {}, t('liveSince')), el('dd', { dataset: { testid: 'live-since' } }, dateTime(liveSince(status, body && body.versions)) || '–'),
      el('dt', {}, t('ready')), el('dd', { dataset: { testid: 'rules-ready', ready: String(Boolean(status.ready)) } }, status.ready ? t('yes') : t('no')),
      el('dt', {}, t('lastAttempt')), el('dd', { dataset: { testid: 'last-attempt' } }, dateTime(status.lastAttemptAt) || '–'),
      el('dt', {}, t('files')), el('dd', { class: 'mono', dataset: { testid: 'rule-files' } },
        (Array.isArray(status.files) ? status.files : []).map((f) => el('div', {}, text(f)))));

    const problemList = problems.length ? el('section', { class: 'problems', dataset: { testid: 'rule-problems' } },
      el('h3', {}, t('problems')),
      el('ul', {}, problems.map((p) => el('li', { class: 'mono', dataset: { testid: 'rule-problem' } }, problemText(p))))) : null;

    const versions = newestFirst(body && body.versions);
    const shownOpen = new Set();
    const canRollBack = rollbackEntries(versions, status.liveVersion);
    const newest = newestEntries(versions);
    const list = el('ol', { class: 'versions', dataset: { testid: 'versions' } }, versions.map((v, i) => {
      const isLive = i === 0 && v.version === status.liveVersion;
      const changed = Array.isArray(v.changedFiles) ? v.changedFiles : [];
      const id = text(v.version);
      // A version listed twice (a list change, a rollback to it): each entry's "Show changes" shows what that entry
      // changed (its newest by version, an older one by its liveSince); a preview opens under the newest entry.
      const at = newest[i] ? null : text(v.liveSince);
      const opened = this.opened && this.opened.version === id
        && (this.opened.kind === 'diff' ? (this.opened.at || null) === at : !shownOpen.has(id));
      const open = opened ? this.opened : null;
      if (open) shownOpen.add(id);
      const slot = `version-detail-${i}`;
      return el('li', { class: 'version', dataset: { testid: 'version', version: id, live: String(isLive) } },
        el('div', { class: 'version-top' },
          el('span', { class: 'mono version-id' }, id),
          isLive ? el('span', { class: 'pill live-pill' }, t('live')) : null,
          el('span', { class: 'muted version-at' }, dateTime(v.liveSince))),
        el('div', { class: 'muted changed' }, `${t('changedFiles')}: `, changed.length ? changed.map(text).join(', ') : t('noChanges')),
        v.origin ? el('div', { class: 'muted origin', dataset: { testid: 'version-origin' } }, `${t('origin')}: `, text(v.origin)) : null,
        el('div', { class: 'version-actions' },
          el('button', {
            type: 'button', class: 'btn small ghost', dataset: { testid: 'show-diff' },
            'aria-expanded': String(Boolean(open && open.kind === 'diff')), 'aria-controls': slot,
            onclick: () => (open && open.kind === 'diff' ? this.close() : this.onDiff(id, at || undefined)),
          }, open && open.kind === 'diff' ? t('hideChanges') : t('showChanges')),
          canRollBack[i] ? el('button', {
            type: 'button', class: 'btn small', dataset: { testid: 'rollback' },
            disabled: this.busy, onclick: () => this.onRollback(id),
          }, t('rollback')) : null),
        el('div', { id: slot, class: 'version-detail' }, open ? open.node : null));
    }));

    // replaceChildren would write a null as the text "null".
    this.body.replaceChildren(...[banner, facts, problemList, el('h3', { class: 'sub' }, t('versions')), list].filter(Boolean));
  }

  /** Opens node (a diff or a preview) under the version (a diff of an older entry: under the entry at), closing whatever was open. */
  openDetail(version, kind, node, at) {
    this.opened = { version, kind, node, at: at || null };
    if (this.lastBody) this.show(this.lastBody);
  }

  close() {
    this.opened = null;
    if (this.lastBody) this.show(this.lastBody);
  }

  /** The outcome of a rollback: kind 'ok' | 'refused' | 'error', a message, and the 409's problems. */
  showOutcome(kind, message, problems = []) {
    this.outcome.replaceChildren(...[el('p', {}, message),
      problems.length ? el('ul', {}, problems.map((p) => el('li', { class: 'mono', dataset: { testid: 'rollback-problem' } }, problemText(p)))) : null]
      .filter(Boolean));
    this.outcome.dataset.kind = kind;
    this.outcome.hidden = false;
  }

  setBusy(busy) {
    this.busy = busy;
    for (const b of this.root.querySelectorAll('[data-testid="rollback"], [data-testid="confirm-rollback"]')) b.disabled = busy;
  }
}
