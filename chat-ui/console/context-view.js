// The context column of a conversation: why it was escalated, who the customer
// is, their orders (with items and shipment, or each parcel of an order sent in
// several: what a late or missing parcel or a faulty item is handled with; payments: what a double charge or a payment
// question is handled with; and the delivery addresses the chat changed, old and
// new), the risk decisions about them (with reasons), and
// knowledge-base suggestions for the latest shopper message, each insertable
// into the reply box with one click.
import { h } from '../widget/dom.js';
import { clock, day, num, percent, reasonText, shopTime, text } from './format.js';
import { formatPrice } from '../widget/renderers.js';
import { orderStatusLabel } from '../widget/i18n.js';
import { label } from './i18n.js';
import { pastConversations } from './past-conversations.js';

export class ContextView {
  /**
   * @param {HTMLElement} root
   * @param {{t:Function, locale:string, onInsert:(text:string)=>void,
   *   onOpenPast:(conversationId:string, at:string)=>void}} options
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.t = options.t;
    this.clear();
  }

  clear() {
    this.root.replaceChildren(h('p', { class: 'empty' }, '—'));
  }

  /** Draw the answer of GET /api/agent/conversations/{cid}/context. */
  show(ctx) {
    const t = this.t;
    const c = ctx && typeof ctx === 'object' ? ctx : {};
    const esc = c.escalation && typeof c.escalation === 'object' ? c.escalation : null;
    this._told = toldProof(c.transcript);
    // replaceChildren() writes a null as the text "null": sections left out are filtered away first.
    this.root.replaceChildren(...[
      this._section('reasons', t('reasons'), this._reasons(esc)),
      this._section('customer', t('customer'), this._customer(c.customer, c.conversation)),
      c.customer ? this._section('past', t('pastConversations'), pastConversations(c.pastConversations, {
        t, locale: this.options.locale, onOpen: (cid, at) => this.options.onOpenPast(cid, at) })) : null,
      this._section('orders', t('orders'), this._orders(c.orders)),
      this._section('risk', t('risk'), this._risk(c.riskDecisions)),
      this._section('suggestions', t('suggestions'), this._suggestions(c.suggestions)),
    ].filter(Boolean));
  }

  _section(name, title, body) {
    return h('section', { class: 'ctx-section', 'data-testid': 'context-' + name },
      h('h3', {}, title), body);
  }

  _reasons(esc) {
    const reasons = esc && Array.isArray(esc.reasons) ? esc.reasons : [];
    if (!reasons.length) return h('p', { class: 'empty' }, '—');
    return h('ul', { class: 'reasons' }, reasons.map((r) => h('li', { 'data-testid': 'context-reason' },
      h('span', { class: 'pill code' }, text(r && r.code)),
      ' ', reasonText(r, this.options.locale),
      r && r.rule ? h('small', { class: 'rule' }, text(r.rule)) : null)));
  }

  _customer(customer, conversation) {
    const t = this.t;
    const conv = conversation && typeof conversation === 'object' ? conversation : {};
    if (!customer || typeof customer !== 'object') {
      return h('div', {},
        h('p', { class: 'muted' }, t('customerUnknown'), conv.language ? ` · ${text(conv.language).toUpperCase()}` : ''),
        this.options.mayVerify && this.options.mayVerify() ? this._verifyForm(this._told) : null);
    }
    return h('dl', { class: 'kv' },
      h('dt', {}, '#'), h('dd', {}, text(customer.id)),
      h('dt', {}, t('customer')), h('dd', { 'data-testid': 'context-customer-name' }, text(customer.name)),
      h('dt', {}, t('tier')), h('dd', {}, text(customer.tier)),
      h('dt', {}, t('phone')), h('dd', {}, text(customer.phone)),
      conv.identifiedBy === 'sign_in' || conv.identifiedBy === 'order_phone'
        ? [h('dt', {}, t('identifiedBy')),
          h('dd', { 'data-testid': 'context-identified-by' }, t(conv.identifiedBy === 'sign_in' ? 'identifiedBySignIn' : 'identifiedByOrderPhone'))]
        : null,
    );
  }

  /**
   * "Verify by order": the order number and the phone's last 4 digits the shopper told the agent (prefilled from the
   * latest shopper line that named them), checked by the server; proved, the context shows the customer.
   */
  _verifyForm(told) {
    const t = this.t;
    const order = h('input', { type: 'text', class: 'verify-order', 'data-testid': 'verify-order', placeholder: 'SD10000001',
      'aria-label': t('verifyOrder'), value: told.orderId || null, maxlength: '16' });
    const digits = h('input', { type: 'text', class: 'verify-digits', 'data-testid': 'verify-digits', placeholder: '5678',
      'aria-label': t('verifyDigits'), value: told.phoneLast4 || null, inputmode: 'numeric', maxlength: '4' });
    const button = h('button', { type: 'submit', class: 'btn small', 'data-testid': 'verify-submit' }, t('verify'));
    const form = h('form', { class: 'verify-form', 'data-testid': 'verify-form' },
      h('p', { class: 'muted' }, t('verifyHint')), order, digits, button);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      button.disabled = true;
      try {
        await this.options.onVerify(order.value.trim(), digits.value.trim());
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  _orders(orders) {
    const list = Array.isArray(orders) ? orders : [];
    if (!list.length) return h('p', { class: 'empty' }, this.t('noOrders'));
    const locale = this.options.locale;
    // Each order's row, then a row with what it holds and where its parcel is.
    return h('table', { class: 'orders' }, h('tbody', {}, list.flatMap((o) => {
      const facts = orderFacts(o, this.t, locale);
      return [
        h('tr', { 'data-testid': 'context-order', 'data-order-id': text(o && o.id) },
          h('td', { class: 'mono' }, text(o && o.id)),
          h('td', {}, h('span', { class: 'pill' }, orderStatusLabel(locale, o && o.status))),
          h('td', { class: 'num' }, formatPrice(o && o.total, o && o.currency, locale)),
          h('td', { class: 'muted' }, clock(o && o.createdAt, locale))),
        facts.length ? h('tr', { class: 'order-facts', 'data-testid': 'context-order-facts', 'data-order-id': text(o && o.id) },
          h('td', { colspan: '4' }, h('dl', { class: 'kv' }, facts.flatMap((f) => [
            h('dt', {}, f.label),
            h('dd', { 'data-testid': 'context-order-' + f.key, class: f.late ? 'late' : f.warn ? 'warn' : null,
              'data-days-late': f.late ? String(f.late) : f.parcel && f.parcel.daysLate > 0 ? String(f.parcel.daysLate) : null,
              'data-parcel-state': f.parcel ? parcelState(f.parcel) : null,
              'data-tracking-number': f.parcel ? text(f.parcel.trackingNumber) : null,
              'data-payment-status': f.payment ? text(f.payment.status) : null,
              'data-duplicate': f.payment && f.payment.duplicate === true ? 'true' : null }, f.value),
          ])))) : null,
      ];
    })));
  }

  _risk(decisions) {
    const t = this.t;
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
          h('time', { class: 'muted', datetime: text(d && d.at) }, ' ' + clock(d && d.at, this.options.locale))),
        d && d.subject ? h('div', { class: 'risk-subject', 'data-testid': 'context-risk-subject' },
          riskSubjectText(d.kind, d.subject, t, this.options.locale)) : null,
        reasons.length ? h('ul', { class: 'risk-reasons' }, reasons.map((r) => h('li', { 'data-testid': 'context-risk-reason' },
          Number.isFinite(Number(r && r.weight)) ? h('span', { class: 'pill weight', 'data-testid': 'context-risk-weight',
            title: t('riskPoints') }, signed(r.weight)) : null,
          ' ', h('code', {}, text(r && r.code)), ' ', reasonText(r, this.options.locale)))) : null,
      );
    }));
  }

  _suggestions(suggestions) {
    const t = this.t;
    const list = Array.isArray(suggestions) ? suggestions : [];
    if (!list.length) return h('p', { class: 'empty' }, t('noSuggestions'));
    return h('ul', { class: 'suggestions' }, list.map((s) => {
      const insert = h('button', { type: 'button', class: 'btn small', 'data-testid': 'suggestion-insert' }, t('insert'));
      insert.addEventListener('click', () => this.options.onInsert(text(s && s.answer)));
      return h('li', { 'data-testid': 'context-suggestion', 'data-faq-id': text(s && s.faqId) },
        h('div', { class: 'sugg-head' },
          h('strong', {}, text(s && s.question)),
          h('span', { class: 'muted' }, ' ' + percent(s && s.confidence))),
        h('p', { class: 'sugg-answer' }, text(s && s.answer)),
        insert);
    }));
  }
}

/**
 * What an agent needs of an order beyond its status, in the console's language: its items, and once it has a shipment
 * the carrier, the tracking number, and when it was delivered, else how late it is (`late`: the days, shown as a
 * warning), else its estimated delivery; sent in several parcels, instead of those, each parcel in a row of its own
 * (`parcel`: the parcel as sent; see parcelText); what no recorded parcel carries of a shipped order (`not-in-parcel`);
 * then, charged twice, a warning that says so (`warn`), and each payment attempt (`payment`: the attempt as sent),
 * oldest first; then each delivery address the chat changed (`address-change`: old → new, when in shop time), oldest
 * first. Each is {key, label, value, late?, warn?, payment?, parcel?}; nothing unknown is listed.
 */
export function orderFacts(order, t, locale) {
  const o = order && typeof order === 'object' ? order : {};
  const facts = shipmentFacts(o, t, locale);
  const payments = Array.isArray(o.payments) ? o.payments.filter((p) => p && typeof p === 'object') : [];
  if (o.duplicateCharge === true) {
    facts.push({ key: 'duplicate', label: t('duplicateCharge'), value: t('duplicateChargeDetail'), warn: true });
  }
  for (const p of payments) {
    facts.push({ key: 'payment', label: t('payment'), value: paymentText(p, t, locale), warn: p.duplicate === true, payment: p });
  }
  const changes = Array.isArray(o.addressChanges) ? o.addressChanges.filter((c) => c && typeof c === 'object') : [];
  for (const c of changes) {
    facts.push({ key: 'address-change', label: t('addressChange'), value: t('addressChangeDetail', text(c.from), text(c.to), shopTime(c.at, locale)) });
  }
  return facts;
}

/**
 * The order number and phone digits the shopper last named in the chat (the entities of their lines, latest first),
 * to prefill the verification: {orderId, phoneLast4}, each possibly missing.
 */
export function toldProof(transcript) {
  const told = {};
  const lines = Array.isArray(transcript) ? transcript : [];
  for (let i = lines.length - 1; i >= 0 && !(told.orderId && told.phoneLast4); i--) {
    const line = lines[i];
    if (!line || line.role !== 'shopper' || !Array.isArray(line.entities)) continue;
    for (const e of line.entities) {
      if (!e || typeof e !== 'object') continue;
      if (e.type === 'order_id' && !told.orderId) told.orderId = text(e.value || e.text);
      if (e.type === 'phone_last4' && !told.phoneLast4) told.phoneLast4 = text(e.value || e.text);
    }
  }
  return told;
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

/**
 * One payment attempt in the console's language: "CN¥1,299.00 · card · succeeded · 23 Nov 2026, 18:01", the method
 * with its instalments ("Huabei, 6 instalments"), a failure with its reason in words (a code the console does not know
 * as sent), one of a duplicate charge marked in words, not by colour only.
 */
export function paymentText(payment, t, locale) {
  const p = payment && typeof payment === 'object' ? payment : {};
  const months = Number(p.instalmentMonths);
  const method = label(t, 'paymentMethods', p.method);
  const parts = [
    formatPrice(p.amount, p.currency, locale),
    Number.isInteger(months) && months > 0 ? t('methodInInstalments', method, months) : method,
    p.status === 'failed' && p.failureCode
      ? t('paymentFailedBecause', label(t, 'failureReasons', p.failureCode))
      : label(t, 'paymentStatus', p.status),
    shopTime(p.at, locale),
  ].filter(Boolean);
  if (p.duplicate === true) parts.push(t('duplicateMark'));
  return parts.join(' · ');
}

/**
 * One parcel of an order in the console's language: its state in a word with a symbol ("✓ delivered 4 Dec 2026",
 * "→ on its way, due 8 Dec 2026", "⚠ late: due 28 Nov 2026, 8 days ago", "↩ returned to the shop"), the carrier and
 * tracking number, what it carries (or that it was not recorded) and the day it was shipped.
 */
export function parcelText(parcel, t, locale) {
  const p = parcel && typeof parcel === 'object' ? parcel : {};
  const state = parcelState(p);
  const days = Number.isInteger(p.daysLate) ? p.daysLate : 0;
  const stateText = state === 'delivered' ? t('parcelDelivered', p.deliveredOn ? day(p.deliveredOn, locale) : '')
    : state === 'returned' ? t('parcelReturned')
      : state === 'late' && p.eta ? t('parcelLate', days, day(p.eta, locale))
        : t('parcelOnItsWay', p.eta ? day(p.eta, locale) : '');
  const items = Array.isArray(p.items) ? p.items.filter((i) => i && typeof i === 'object') : [];
  return [
    stateText,
    [p.carrier ? carrierName(t, p.carrier) : '', text(p.trackingNumber)].filter(Boolean).join(' '),
    items.length ? itemNames(items, locale) : p.itemsRecorded === false ? t('parcelContentsUnknown') : '',
    p.shippedOn ? t('parcelShipped', day(p.shippedOn, locale)) : '',
  ].filter(Boolean).join(' · ');
}

/** delivered, late, returned or on_its_way: as the server says, else from the carrier's status and the days late. */
function parcelState(p) {
  if (['delivered', 'late', 'returned', 'on_its_way'].includes(p.state)) return p.state;
  if (p.status === 'delivered' || p.deliveredOn) return 'delivered';
  if (p.status === 'returned') return 'returned';
  return Number.isInteger(p.daysLate) && p.daysLate > 0 ? 'late' : 'on_its_way';
}

/** Items as the agent reads them: "AirFlow Running Shoes, Water Bottle ×2" / "轻风跑步鞋、保温水壶 ×2". */
function itemNames(items, locale) {
  return items.map((i) => {
    const name = text((locale === 'zh' ? i.nameZh : i.nameEn) || i.nameEn || i.nameZh);
    return Number(i.quantity) > 1 ? `${name} ×${i.quantity}` : name;
  }).join(locale === 'zh' ? '、' : ', ');
}

function shipmentFacts(o, t, locale) {
  const facts = [];
  const items = Array.isArray(o.items) ? o.items.filter((i) => i && typeof i === 'object') : [];
  if (items.length) facts.push({ key: 'items', label: t('items'), value: itemNames(items, locale) });
  const parcels = Array.isArray(o.parcels) ? o.parcels.filter((p) => p && typeof p === 'object') : [];
  const shipped = parcels.length > 0 || (o.shipment && typeof o.shipment === 'object');
  // Sent in several parcels, the latest shipment alone would hide the others: each parcel gets its row instead.
  if (parcels.length > 1) {
    parcels.forEach((p, i) => facts.push({ key: 'parcel', label: t('parcel', i + 1, parcels.length), value: parcelText(p, t, locale), parcel: p }));
  } else {
    facts.push(...singleShipmentFacts(o, t, locale));
  }
  const left = Array.isArray(o.itemsNotInParcels) ? o.itemsNotInParcels.filter((i) => i && typeof i === 'object') : [];
  if (shipped && left.length) facts.push({ key: 'not-in-parcel', label: t('notInParcel'), value: itemNames(left, locale) });
  return facts;
}

function singleShipmentFacts(o, t, locale) {
  const facts = [];
  const s = o.shipment && typeof o.shipment === 'object' ? o.shipment : null;
  if (!s) return facts;
  if (s.carrier) facts.push({ key: 'carrier', label: t('carrier'), value: carrierName(t, s.carrier) });
  if (s.trackingNumber) facts.push({ key: 'tracking', label: t('trackingNumber'), value: text(s.trackingNumber) });
  const late = Number.isInteger(s.daysLate) && s.daysLate > 0 ? s.daysLate : 0;
  if (s.deliveredOn) {
    facts.push({ key: 'delivered', label: t('deliveredOn'), value: day(s.deliveredOn, locale) });
  } else if (late && s.eta) {
    facts.push({ key: 'late', label: t('late'), value: t('lateDetail', late, day(s.eta, locale)), late });
  } else if (s.eta) {
    facts.push({ key: 'eta', label: t('eta'), value: day(s.eta, locale) });
  }
  return facts;
}

/** A carrier's name in the console's language ("SF Express" -> 顺丰速运), else as the shop stores it. */
function carrierName(t, carrier) {
  const names = t('carriers');
  const key = text(carrier).toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return names && typeof names === 'object' && Object.prototype.hasOwnProperty.call(names, key) ? names[key] : text(carrier);
}
