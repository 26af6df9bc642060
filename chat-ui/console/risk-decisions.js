// The risk decisions the context column shows: decision, kind and score, what each
// judged (a payment or an instalment application, as the agent names it to the
// shopper) and its reasons, heaviest first, each with its points.
import { h } from '../widget/dom.js';
import { clock, num, reasonText, text } from './format.js';
import { formatPrice } from '../widget/renderers.js';
import { label } from './i18n.js';

/** The risk decisions about the conversation and the customer, newest first, each with its reasons. */
export function riskDecisions(decisions, t, locale) {
  const list = Array.isArray(decisions) ? decisions : [];
  if (!list.length) return h('p', { class: 'empty' }, t('noRisk'));
  return h('ul', { class: 'risk' }, list.map((d) => {
    const reasons = d && Array.isArray(d.reasons) ? d.reasons : [];
    return h('li', { 'data-testid': 'context-risk', 'data-decision': text(d && d.decision) },
      h('div', { class: 'risk-head' },
        h('span', { class: 'pill decision', 'data-decision': text(d && d.decision).toLowerCase(), 'data-testid': 'context-risk-decision' },
          label(t, 'riskDecision', d && d.decision)),
        ' ', label(t, 'riskKind', d && d.kind),
        d && d.score !== undefined && d.score !== null ? h('span', { class: 'muted' }, ` · ${t('score')} ${num(d.score)}`) : null,
        h('time', { class: 'muted', datetime: text(d && d.at) }, ' ' + clock(d && d.at, locale))),
      d && d.subject ? h('div', { class: 'risk-subject', 'data-testid': 'context-risk-subject' },
        riskSubjectText(d.kind, d.subject, t, locale)) : null,
      reasons.length ? h('ul', { class: 'risk-reasons' }, reasons.map((r) => h('li', { 'data-testid': 'context-risk-reason' },
        Number.isFinite(Number(r && r.weight)) ? h('span', { class: 'pill weight', 'data-testid': 'context-risk-weight',
          title: t('riskPoints') }, signed(r.weight)) : null,
        ' ', h('code', {}, text(r && r.code)), ' ', reasonText(r, locale)))) : null,
    );
  }));
}

/**
 * What a risk decision judged, in the console's language: a payment as "CN¥15,999.00 · card · order SD10000005", an
 * instalment application as "CN¥12,000.00 · 12 months · electronics"; what the agent names it by to the shopper.
 */
export function riskSubjectText(kind, subject, t, locale) {
  const s = subject && typeof subject === 'object' ? subject : {};
  const amount = s.amount !== undefined && s.amount !== null ? formatPrice(s.amount, s.currency || 'CNY', locale) : '';
  const parts = kind === 'financing'
    ? [amount, Number(s.termMonths) > 0 ? t('riskTerm', s.termMonths) : '', text(s.purpose)]
    : [amount, s.method ? label(t, 'paymentMethods', s.method) : '', s.orderId ? t('riskOrder', text(s.orderId)) : ''];
  return parts.filter(Boolean).join(' · ');
}

/** A reason's points with their sign: "+15", "−10" (a true minus sign), "0". */
export function signed(weight) {
  const n = Number(weight);
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}
