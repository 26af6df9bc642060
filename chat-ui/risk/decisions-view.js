// The decisions column: the review queue (REVIEW by default, filters for the
// decision and the kind, a box to open a decision by id) and one decision in
// full: reasons with code, rule, message in the page's language and weight,
// the rules fired, the rule-set and model versions, and the inputs. Renders
// only; the controller (risk.js) fetches.
import { el } from './dom.js';
import { label } from './i18n.js';
import { dateTime, diffLineKind, factEntries, factGroups, firedOnce, money, probability, reasonText, text, uncappedScore, weight } from './format.js';

export class QueueView {
  constructor(root, { t, locale, onFilter, onOpen }) {
    this.root = root;
    this.t = t;
    this.locale = locale;
    this.onOpen = onOpen;
    this.selected = '';
    const option = (value, name) => el('option', { value }, name);
    this.decision = el('select', { dataset: { testid: 'filter-decision' }, 'aria-label': t('decisionFilter'), onchange: () => onFilter(this.filter()) },
      option('', t('all')), ['REVIEW', 'APPROVE', 'DECLINE'].map((d) => option(d, label(t, 'decision', d))));
    this.decision.value = 'REVIEW';
    this.kind = el('select', { dataset: { testid: 'filter-kind' }, 'aria-label': t('kindFilter'), onchange: () => onFilter(this.filter()) },
      option('', t('all')), ['payment', 'financing'].map((k) => option(k, label(t, 'kind', k))));
    const idInput = el('input', { type: 'text', class: 'mono', placeholder: t('openById'), 'aria-label': t('openById'), dataset: { testid: 'decision-id' } });
    const byId = el('form', { class: 'by-id', onsubmit: (e) => { e.preventDefault(); if (idInput.value.trim()) onOpen(idInput.value.trim()); } },
      idInput, el('button', { type: 'submit', class: 'btn small', dataset: { testid: 'open-by-id' } }, t('open')));
    this.rows = el('tbody');
    this.empty = el('p', { class: 'empty', dataset: { testid: 'queue-empty' }, hidden: true }, t('noDecisions'));
    const c = (k) => label(t, 'col', k);
    this.root.replaceChildren(
      el('div', { class: 'queue-bar' },
        el('label', {}, `${t('decisionFilter')} `, this.decision),
        el('label', {}, `${t('kindFilter')} `, this.kind),
        byId),
      el('div', { class: 'table-wrap' }, el('table', { class: 'decisions' },
        el('thead', {}, el('tr', {}, ['time', 'kind', 'subject', 'customer', 'amount', 'decision', 'score', 'decidedBy', 'version']
          .map((k) => el('th', { class: k === 'amount' || k === 'score' ? 'num' : null }, c(k))))),
        this.rows)),
      this.empty);
  }

  filter() {
    return { decision: this.decision.value, kind: this.kind.value };
  }

  /** rows: GET /api/risk/decisions. */
  show(rows) {
    const t = this.t;
    const list = Array.isArray(rows) ? rows : [];
    this.rows.replaceChildren(...list.map((d) => {
      const id = text(d.id);
      const open = () => this.onOpen(id);
      return el('tr', {
        class: 'decision-row', tabindex: '0', dataset: { testid: 'decision-row', id, decision: text(d.decision), subject: text(d.subjectId) },
        'aria-selected': String(id === this.selected),
        onclick: open, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
      },
      el('td', {}, dateTime(d.createdAt)),
      el('td', {}, label(t, 'kind', d.kind)),
      el('td', { class: 'mono' }, text(d.subjectId)),
      el('td', {}, text(d.customerId)),
      el('td', { class: 'num' }, money(d.amount, d.currency, this.locale)),
      el('td', {}, decisionPill(t, d.decision)),
      el('td', { class: 'num' }, text(d.score)),
      el('td', { class: 'mono', dataset: { testid: 'row-decided-by' } }, text(d.decidedBy)),
      el('td', { class: 'mono' }, text(d.ruleSetVersion)));
    }));
    this.empty.hidden = list.length > 0;
  }

  select(id) {
    this.selected = id;
    for (const row of this.rows.children) row.setAttribute('aria-selected', String(row.dataset.id === id));
  }
}

export class DecisionView {
  /** onListVersion(list, version): a list version under "Lists at decision time" was clicked. */
  /** onRuleVersion(version): the rule-set version of the decision shown was clicked. */
  constructor(root, { t, locale, onListVersion = () => {}, onRuleVersion = () => {} }) {
    this.root = root;
    this.t = t;
    this.locale = locale;
    this.onListVersion = onListVersion;
    this.onRuleVersion = onRuleVersion;
    this.clear();
  }

  clear() {
    this.root.replaceChildren(el('p', { class: 'empty' }, this.t('pickDecision')));
  }

  /** A list at one version ({@link renderListVersion}) under the lists the decision consulted; null closes it. */
  showListVersion(node) {
    if (this.listVersionSlot) this.listVersionSlot.replaceChildren(...(node ? [node] : []));
  }

  /** What the decision's rule-set version changed ({@link renderDiff}) under its versions; null closes it. */
  showRuleVersion(node) {
    if (this.ruleVersionSlot) this.ruleVersionSlot.replaceChildren(...(node ? [node] : []));
  }

  /** The list buttons under the decision shown ({@link listActions}). */
  showLists(node) {
    if (this.listSlot) this.listSlot.replaceChildren(node);
  }

  message(textValue) {
    this.root.replaceChildren(el('p', { class: 'empty', dataset: { testid: 'detail-message' } }, textValue));
  }

  /** stored: GET /api/risk/decisions/{id} ({decision, input, firedRules, lists, facts}). */
  show(stored) {
    const t = this.t;
    const d = (stored && stored.decision) || {};
    const reasons = Array.isArray(d.reasons) ? d.reasons : [];
    const fired = Array.isArray(stored && stored.firedRules) ? stored.firedRules : [];
    const input = stored && stored.input && typeof stored.input === 'object' ? stored.input : {};
    const facts = factEntries(stored && stored.facts);
    const groups = factGroups(stored && stored.facts);
    this.listSlot = el('div', { class: 'list-slot' });
    this.listVersionSlot = el('div', { class: 'list-version-slot', dataset: { testid: 'list-version-slot' } });
    this.ruleVersionSlot = el('div', { class: 'rule-version-slot', dataset: { testid: 'rule-version-slot' } });
    this.root.replaceChildren(
      el('div', { class: 'detail-head' },
        el('h3', { class: 'mono', dataset: { testid: 'detail-id' } }, text(d.decisionId)),
        decisionPill(t, d.decision, 'detail-decision'),
        el('span', { class: 'score', dataset: { testid: 'detail-score' } }, `${t('score')} ${text(d.score)}`),
        uncappedScore(d.score, reasons) === null ? null
          : el('span', { class: 'muted small', dataset: { testid: 'detail-score-note' } }, t('scoreKept', uncappedScore(d.score, reasons)))),
      el('dl', { class: 'kv' },
        el('dt', {}, label(t, 'col', 'kind')), el('dd', {}, `${label(t, 'kind', d.kind)} · ${text(d.subjectId)}`),
        el('dt', {}, t('decidedAt')), el('dd', {}, dateTime(d.decidedAt)),
        // Which rule's decision stood: "Rules fired" lists every threshold rule whose condition held.
        el('dt', {}, t('decidedBy')), el('dd', { class: d.decidedBy ? 'mono' : 'muted', dataset: { testid: 'detail-decided-by' } },
          decidedByText(t, d.decidedBy)),
        // A link to what that version changed: the rules that decided may have been rolled back since.
        el('dt', {}, t('ruleSetVersion')), el('dd', { class: 'mono', dataset: { testid: 'detail-rule-set' } },
          d.ruleSetVersion ? el('button', {
            type: 'button', class: 'link mono', title: t('ruleVersionOpen'), dataset: { testid: 'open-rule-version' },
            onclick: () => this.onRuleVersion(String(d.ruleSetVersion)),
          }, text(d.ruleSetVersion)) : text(d.ruleSetVersion)),
        el('dt', {}, t('modelVersion')), el('dd', { class: 'mono', dataset: { testid: 'detail-model' } }, text(d.modelVersion)),
        // What the model rules read: without it an auditor could not tell why MODEL_MEDIUM_RISK did or did not fire.
        d.kind === 'financing' ? [el('dt', {}, t('defaultProbability')),
          el('dd', { class: 'mono', dataset: { testid: 'detail-probability' } },
            stored && stored.defaultProbability !== null && stored.defaultProbability !== undefined
              ? probability(stored.defaultProbability) : t('probabilityNotStored'))] : null),
      this.ruleVersionSlot,
      listsConsulted(t, stored && stored.lists, this.onListVersion),
      this.listVersionSlot,
      this.listSlot,
      el('h4', {}, t('reasons')),
      reasons.length ? el('table', { class: 'reasons-table', dataset: { testid: 'detail-reasons' } },
        el('thead', {}, el('tr', {}, el('th', {}, t('code')), el('th', {}, t('rule')), el('th', {}, t('message')), el('th', { class: 'num' }, t('weight')))),
        el('tbody', {}, reasons.map((r) => el('tr', { dataset: { testid: 'reason', code: text(r.code) } },
          el('td', {}, el('span', { class: 'pill code', dataset: { testid: 'reason-code' } }, text(r.code))),
          el('td', { class: 'mono' }, text(r.rule)),
          el('td', { dataset: { testid: 'reason-message' } }, reasonText(r, this.locale)),
          el('td', { class: 'num' }, weight(r.weight))))))
        : el('p', { class: 'empty' }, t('noReasons')),
      el('h4', {}, t('firedRules')),
      el('ul', { class: 'fired', dataset: { testid: 'detail-fired' } }, firedOnce(fired).map((f) => {
        const decided = f.rule === d.decidedBy;
        return el('li', {
          class: decided ? 'pill mono decided' : 'pill mono', title: decided ? t('decidedTitle', f.rule) : null,
          dataset: { rule: f.rule, times: String(f.times), decided: String(decided) },
        }, f.times > 1 ? `${f.rule} ×${f.times}` : f.rule, decided ? el('span', { class: 'decided-mark' }, ` · ${t('decidedMark')}`) : null);
      })),
      el('h4', {}, t('inputs')),
      el('dl', { class: 'kv inputs', dataset: { testid: 'detail-inputs' } },
        Object.entries(input).flatMap(([k, v]) => [el('dt', { class: 'mono' }, k), el('dd', { class: 'mono' }, text(v))])),
      // The counts and signals behind the reasons (customer.count10m behind VELOCITY_CUSTOMER_10M), as stored.
      el('h4', {}, t('facts')),
      // The facts with a value first; the 0 / false / empty ones (most of them) folded beneath, one click away.
      facts.length ? el('div', { dataset: { testid: 'detail-facts' } },
        factList(groups.telling),
        groups.quiet.length ? el('details', { class: 'quiet-facts', dataset: { testid: 'detail-facts-quiet' } },
          el('summary', {}, t('quietFacts', groups.quiet.length)), factList(groups.quiet)) : null)
        : el('p', { class: 'empty', dataset: { testid: 'detail-facts-none' } }, t('factsNotStored')));
  }
}

/** The rule that decided, the engine's own review said so, or "not stored" for a decision from before V57. */
function decidedByText(t, rule) {
  if (!rule) return t('decidedByNotStored');
  return rule === 'engine' ? t('decidedByEngine') : rule;
}

/** Facts as a key/value list, each value marked with its dotted key (data-fact) for the browser checks. */
function factList(entries) {
  return el('dl', { class: 'kv inputs' },
    entries.flatMap(([k, v]) => [el('dt', { class: 'mono' }, k), el('dd', { class: 'mono', dataset: { fact: k } }, v)]));
}

/**
 * The list buttons under a decision ("Block this device", "Allow this customer", and their undo), each asking for a
 * reason before onAction(list, action, reason) publishes the change; the controller then renders the lists again with
 * the outcome ({ ok, message }). listed: GET /api/risk/decisions/{id}/lists.
 */
export function listActions(t, listed, onAction, result = null) {
  const box = el('div', { class: 'list-actions', dataset: { testid: 'list-actions' } });
  const outcome = el('div', { class: 'outcome', dataset: { testid: 'list-outcome', kind: result ? (result.ok ? 'ok' : 'refused') : '' },
    role: 'status', hidden: !result }, result ? el('p', {}, result.message) : null);
  const form = el('form', { class: 'list-form', hidden: true });
  const buttons = (Array.isArray(listed) ? listed : []).filter((l) => l.value).map((l) => {
    const action = l.listed ? 'remove' : 'add';
    const name = t('listAction')[`${l.list}:${action}`] || `${l.list} ${action}`;
    return el('button', { type: 'button', class: `btn small${action === 'add' && l.list !== 'allowed-customers' ? ' danger' : ''}`,
      dataset: { testid: 'list-action', list: l.list, action },
      onclick: () => ask(l, action, name) }, name);
  });
  function ask(l, action, name) {
    const reason = el('input', { type: 'text', required: true, maxlength: '220', placeholder: t('listReason'), 'aria-label': t('listReason'), dataset: { testid: 'list-reason' } });
    const confirm = el('button', { type: 'submit', class: 'btn small primary', dataset: { testid: 'list-confirm' } }, `${name}: ${text(l.value)}`);
    form.onsubmit = (e) => {
      e.preventDefault();
      if (!reason.value.trim()) { reason.focus(); return; }
      confirm.disabled = true;
      onAction(l.list, action, reason.value.trim());
    };
    form.replaceChildren(reason, confirm,
      el('button', { type: 'button', class: 'btn small ghost', onclick: () => { form.hidden = true; } }, t('cancel')));
    form.hidden = false;
    outcome.hidden = true;
    reason.focus();
  }
  box.append(el('h4', {}, t('lists')), el('div', { class: 'version-actions' }, buttons.length ? buttons : el('span', { class: 'muted' }, t('noListValues'))), form, outcome);
  return box;
}

/**
 * Which list entries the decision matched when it was made, each with its line as the file held it then (the note
 * beside the value says who listed it and why), and the version of every list it consulted: the list may have changed
 * since. lists: the stored decision's {versions, matched}; null for a decision stored before they were recorded.
 * Each version opens that list as it was (onListVersion(list, version)): the entries it held and what changed.
 */
function listsConsulted(t, lists, onListVersion) {
  const box = el('div', { class: 'lists-consulted', dataset: { testid: 'detail-lists-consulted' } }, el('h4', {}, t('listsConsulted')));
  if (!lists || typeof lists !== 'object') {
    box.append(el('p', { class: 'muted', dataset: { testid: 'detail-lists-unrecorded' } }, t('listsNotRecorded')));
    return box;
  }
  const matched = Array.isArray(lists.matched) ? lists.matched : [];
  const versions = lists.versions && typeof lists.versions === 'object' ? lists.versions : {};
  box.append(matched.length
    ? el('ul', { class: 'matched' }, matched.map((m) => el('li', { dataset: { testid: 'detail-list-match', list: text(m.list) } },
      el('span', { class: 'pill code' }, text(m.list)), ' ',
      t('listMatch', text(m.line), text(m.version)), ' ',
      el('code', { class: 'mono', dataset: { testid: 'detail-list-line' } }, text(m.text)))))
    : el('p', { class: 'muted', dataset: { testid: 'detail-list-none' } }, t('listNoMatch')));
  const names = Object.keys(versions).sort();
  if (names.length) {
    const links = names.flatMap((n, i) => [i ? ' · ' : null,
      el('button', { type: 'button', class: 'link mono', title: t('listVersionOpen', n, text(versions[n])),
        dataset: { testid: 'list-version-link', list: n, version: text(versions[n]) },
        onclick: () => onListVersion(n, text(versions[n])) }, `${n} ${text(versions[n])}`)]);
    box.append(el('p', { class: 'muted small', dataset: { testid: 'detail-list-versions' } }, `${t('listVersions')} `, links));
  }
  return box;
}

/**
 * A list at one version, for the auditor who opened it from a decision: whether it is live, when and by whom it went
 * live, what changed from the version before (entries added and removed, and the file's diff, notes included), and
 * every entry it held. body: GET /api/risk/lists/{list}/versions/{version}.
 */
export function renderListVersion(body, { t, onClose }) {
  const b = body || {};
  const entries = Array.isArray(b.entries) ? b.entries : [];
  const added = Array.isArray(b.added) ? b.added : [];
  const removed = Array.isArray(b.removed) ? b.removed : [];
  const lines = Array.isArray(b.diff && b.diff.lines) ? b.diff.lines : [];
  const entry = (e, kind) => el('li', { class: `diff-line ${kind}`, dataset: { testid: `list-version-${kind === 'add' ? 'added' : 'removed'}`, value: text(e.value) } },
    `${kind === 'add' ? '+' : '-'} ${text(e.value)}`, e.note ? el('span', { class: 'muted' }, ` ${text(e.note)}`) : null);
  return el('section', { class: 'list-version', dataset: { testid: 'list-version', list: text(b.list), version: text(b.version) }, role: 'region', 'aria-label': t('listVersionTitle', text(b.list), text(b.version)) },
    el('div', { class: 'list-version-head' },
      el('h4', {}, t('listVersionTitle', text(b.list), text(b.version))),
      el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'list-version-close' }, onclick: onClose }, t('close'))),
    el('p', { class: 'muted', dataset: { testid: 'list-version-state' } },
      b.live ? t('listVersionLive') : t('listVersionNotLive'), ' ',
      b.recorded === false ? t('listVersionUnrecorded') : t('listVersionWentLive', dateTime(b.recordedAt), b.origin ? text(b.origin) : t('listVersionOnDisk'))),
    b.against
      ? el('div', { class: 'list-version-changes' },
        el('p', {}, t('listVersionChanges', text(b.against), added.length, removed.length)),
        added.length || removed.length ? el('ul', { class: 'list-changes' }, added.map((e) => entry(e, 'add')), removed.map((e) => entry(e, 'del'))) : null,
        lines.length ? el('details', {}, el('summary', {}, t('listVersionDiff')),
          el('pre', { class: 'diff-lines', tabindex: '0' }, lines.map((line) => {
            const kind = diffLineKind(line);
            return el('span', { class: `diff-line ${kind}`, dataset: { testid: 'list-version-diff-line', kind } }, text(line), '\n');
          }))) : null)
      : el('p', { class: 'muted' }, t('listVersionFirst')),
    el('table', { class: 'reasons-table list-entries', dataset: { testid: 'list-version-entries' } },
      el('caption', {}, t('listVersionEntries', entries.length)),
      el('thead', {}, el('tr', {}, el('th', { class: 'num' }, t('listVersionLine')), el('th', {}, t('listVersionValue')), el('th', {}, t('listVersionNote')))),
      el('tbody', {}, entries.map((e) => el('tr', { dataset: { testid: 'list-version-entry', value: text(e.value) } },
        el('td', { class: 'num' }, text(e.line)), el('td', { class: 'mono' }, text(e.value)), el('td', {}, text(e.note)))))));
}

function decisionPill(t, decision, testid = 'decision-pill') {
  return el('span', { class: 'pill decision', dataset: { decision: text(decision).toLowerCase(), testid } }, label(t, 'decision', decision));
}
