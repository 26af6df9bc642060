// The rule activity panel: for the live rule set over a chosen window (last
// hour, 24 h, 7 or 30 days), each rule that fired, under its readable label (a
// scorecard row as "FinancingScorecard row 10 (Housing: rent)") with its kind,
// the decisions it fired in, their share of all decisions, how they ended and
// when it last fired; then the live rules that did not fire at all, split into
// the dead ones (enough requests of their kind came, deadAfterDecisions: what
// officers look for), those with too few requests yet to tell ("not enough
// decisions yet (7 of 200)": a fresh database's seven payments made forty
// rules "dead") and those that had no request of their kind in the window
// (financing rules without financing traffic: not dead). Renders only; the controller (risk.js) fetches
// GET /api/risk/rules/activity.
import { el } from './dom.js';
import { label } from './i18n.js';
import { dateTime, percent, ruleTitle, text } from './format.js';

export const WINDOWS = [1, 24, 168, 720];

export class ActivityView {
  constructor(root, { t, onWindow, onRefresh }) {
    this.root = root;
    this.t = t;
    this.window = el('select', { dataset: { testid: 'activity-window' }, 'aria-label': t('activityWindow'), onchange: () => onWindow(this.hours()) },
      WINDOWS.map((h) => el('option', { value: String(h) }, label(t, 'windowHours', h))));
    this.window.value = '24';
    this.summary = el('p', { class: 'muted activity-summary', dataset: { testid: 'activity-summary' }, role: 'status' });
    this.body = el('div');
    this.root.replaceChildren(
      el('div', { class: 'activity-bar' },
        el('h2', { class: 'col-title', id: 'activity-title' }, t('activity')),
        el('label', {}, `${t('activityWindow')} `, this.window),
        el('button', { type: 'button', class: 'btn small ghost', dataset: { testid: 'activity-refresh' }, onclick: () => onRefresh() }, t('refresh'))),
      this.summary, this.body);
    this.root.setAttribute('aria-labelledby', 'activity-title');
  }

  hours() {
    return Number(this.window.value) || 24;
  }

  /** body: GET /api/risk/rules/activity. */
  show(body) {
    const t = this.t;
    const rules = Array.isArray(body && body.rules) ? body.rules : [];
    const dead = Array.isArray(body && body.deadRules) ? body.deadRules : [];
    const noTraffic = Array.isArray(body && body.noTrafficRules) ? body.noTrafficRules : [];
    const tooFew = Array.isArray(body && body.notEnoughDecisions) ? body.notEnoughDecisions.filter((r) => r && r.rule) : [];
    const needed = Number(body && body.deadAfterDecisions) > 0 ? Number(body.deadAfterDecisions) : null;
    const details = (body && body.ruleDetails) || {};
    this.summary.textContent = `${t('activityTotal', Number(body && body.decisions) || 0, text(body && body.liveVersion) || '–')} ${t('activityNote')}`;
    const c = (k) => label(t, 'activityCols', k);
    const kind = (k) => (k ? el('span', { class: `pill kind-pill kind-${k}` }, label(t, 'ruleKind', k)) : null);
    const table = rules.length ? el('div', { class: 'table-wrap activity-wrap' }, el('table', { class: 'decisions activity' },
      el('thead', {}, el('tr', {}, ['rule', 'kind', 'fired', 'share', 'APPROVE', 'REVIEW', 'DECLINE', 'last']
        .map((k) => el('th', { class: ['rule', 'kind', 'last'].includes(k) ? null : 'num', scope: 'col' }, c(k))))),
      el('tbody', {}, rules.map((r) => {
        const outcomes = (r && r.outcomes) || {};
        const title = ruleTitle(r.rule, { [r.rule]: { label: r.label, kind: r.kind } });
        return el('tr', { dataset: { testid: 'activity-row', rule: title.name, label: title.label, kind: title.kind, fired: text(r.decisions), live: String(r.live !== false) } },
          el('th', { scope: 'row', class: 'rule-name' }, el('span', { dataset: { testid: 'activity-label' } }, title.label),
            title.showName ? el('span', { class: 'mono rule-key' }, title.name) : null,
            r.live === false ? el('span', { class: 'pill muted-pill' }, t('notLive')) : null),
          el('td', {}, kind(title.kind)),
          el('td', { class: 'num', dataset: { testid: 'activity-fired' } }, text(r.decisions)),
          el('td', { class: 'num' }, percent(r.share)),
          ['APPROVE', 'REVIEW', 'DECLINE'].map((d) => el('td', { class: 'num' }, text(outcomes[d] ?? 0))),
          el('td', {}, dateTime(r.lastFired)));
      })))) : el('p', { class: 'empty' }, t('noActivity'));
    // By label, numbers as numbers: a scorecard's rows in row order ("row 9" before "row 10").
    const byLabel = (names) => [...names].sort((x, y) => ruleTitle(x, details).label.localeCompare(ruleTitle(y, details).label, undefined, { numeric: true }));
    const item = (name, testid, count) => {
      const title = ruleTitle(name, details);
      return el('li', { class: 'pill', dataset: { testid, rule: title.name, kind: title.kind } },
        title.label, title.showName ? el('span', { class: 'mono rule-key' }, title.name) : null,
        count ? [' ', el('span', { class: 'muted evidence', dataset: { testid: 'rule-evidence' } }, count)] : null);
    };
    const deadList = el('section', { class: 'dead-rules', dataset: { testid: 'dead-rules', count: String(dead.length) } },
      el('h3', { class: 'sub' }, t('deadRules', dead.length, needed)),
      dead.length ? el('ul', { class: 'fired' }, byLabel(dead).map((r) => item(r, 'dead-rule')))
        : el('p', { class: 'muted' }, t('noDeadRules')));
    const idleList = noTraffic.length ? el('section', { class: 'no-traffic-rules', dataset: { testid: 'no-traffic-rules', count: String(noTraffic.length) } },
      el('h3', { class: 'sub' }, t('noTrafficRules', noTraffic.length)),
      el('p', { class: 'muted' }, t('noTrafficNote')),
      el('ul', { class: 'fired' }, byLabel(noTraffic).map((r) => item(r, 'no-traffic-rule')))) : null;
    const counts = new Map(tooFew.map((r) => [String(r.rule), t('tooFewCount', Number(r.decisions) || 0, Number(r.needed) || needed || 0)]));
    const tooFewList = tooFew.length ? el('section', { class: 'too-few-rules', dataset: { testid: 'too-few-rules', count: String(tooFew.length) } },
      el('h3', { class: 'sub' }, t('tooFewRules', tooFew.length)),
      el('p', { class: 'muted' }, t('tooFewNote', needed || '–')),
      el('ul', { class: 'fired' }, byLabel([...counts.keys()]).map((r) => item(r, 'too-few-rule', counts.get(r))))) : null;
    this.body.replaceChildren(table, deadList, ...[tooFewList, idleList].filter(Boolean));
  }

  message(textValue) {
    this.summary.textContent = textValue;
  }
}
