// What the agent needs of the customer's orders, in the console's language: each
// order's items and shipment (or each parcel of an order sent in several: what a
// late or missing parcel or a faulty item is handled with), its payments (what a
// double charge or a payment question is handled with) and the delivery addresses
// the chat changed, old and new. Text helpers (tested in console.test.mjs) and the
// table the context column shows.
import { h } from '../widget/dom.js';
import { day, shopTime, text } from './format.js';
import { formatPrice } from '../widget/renderers.js';
import { orderStatusLabel } from '../widget/i18n.js';
import { label } from './i18n.js';

/** The customer's orders as a table: each order's row, then a row of its facts (orderFacts). */
/**
 * The customer's orders with the one the chat is about ({@code inQuestion}, the conversation's order) first, whatever
 * its age; the rest newest first as they came. Before, a shopper asking about an order of two weeks ago had it below
 * their newer ones, and the agent had to find it by its number in the transcript.
 */
export function ordersInQuestionFirst(orders, inQuestion) {
  const list = Array.isArray(orders) ? orders : [];
  const id = typeof inQuestion === 'string' ? inQuestion.toUpperCase() : '';
  if (!id) return list;
  const theOne = list.filter((o) => o && text(o.id).toUpperCase() === id);
  return [...theOne, ...list.filter((o) => !theOne.includes(o))];
}

export function ordersTable(orders, t, locale, inQuestion = null) {
  const list = ordersInQuestionFirst(orders, inQuestion);
  if (!list.length) return h('p', { class: 'empty' }, t('noOrders'));
  const asked = typeof inQuestion === 'string' ? inQuestion.toUpperCase() : '';
  // Each order's row, then a row with what it holds and where its parcel is.
  return h('table', { class: 'orders' }, h('tbody', {}, list.flatMap((o) => {
    const facts = orderFacts(o, t, locale);
    const isAsked = !!asked && text(o && o.id).toUpperCase() === asked;
    return [
      h('tr', { 'data-testid': 'context-order', 'data-order-id': text(o && o.id), 'data-in-question': isAsked ? 'true' : null,
        class: isAsked ? 'in-question' : null },
        h('td', { class: 'mono' }, text(o && o.id),
          isAsked ? h('span', { class: 'pill in-question', 'data-testid': 'context-order-in-question' }, t('orderInQuestion')) : null),
        h('td', {}, h('span', { class: 'pill' }, orderStatusLabel(locale, o && o.status))),
        h('td', { class: 'num' }, formatPrice(o && o.total, o && o.currency, locale)),
        h('td', { class: 'muted', 'data-testid': 'context-order-placed' }, orderPlaced(o, locale))),
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

/**
 * When the order was placed, in the shop's time as its payments are: before, it was the agent's own clock in another
 * form ("22/11 01:15" above a payment at "22 Nov 2026, 09:16" for an order paid a minute after it was placed).
 */
export function orderPlaced(order, locale) {
  return shopTime(order && order.createdAt, locale);
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
export function parcelState(p) {
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
