// Unit tests for the console's browser-independent parts (no DOM needed).
//   node --test console.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';

import { queueOrder, waitingNow } from '../console/queue-view.js';
import { lineKey } from '../console/conversation-view.js';
import { orderFacts } from '../console/context-view.js';
import { axisMax } from '../console/charts.js';
import { day, duration, percent, reasonText } from '../console/format.js';
import { explainError, translator, label } from '../console/i18n.js';
import { ApiError, answer } from '../console/api.js';

test('queue order: priority first, then who asked for a person first (as the server serves it)', () => {
  const list = [
    { id: 1, priority: 3, createdAt: '2026-12-06T10:00:00Z', waitingSeconds: 500 },
    { id: 2, priority: 1, createdAt: '2026-12-06T10:05:00Z', waitingSeconds: 10 },
    { id: 3, priority: 1, createdAt: '2026-12-06T10:03:00Z', waitingSeconds: 90 },
    { id: 4, priority: 2, createdAt: '2026-12-06T10:09:00Z', waitingSeconds: 0 },
  ];
  assert.deepEqual(list.sort(queueOrder).map((e) => e.id), [3, 2, 4, 1]);
});

test('queue order: a shopper transferred to a team keeps their place though their wait restarted', () => {
  const transferred = { id: 5, priority: 2, createdAt: '2026-12-06T10:00:00Z', waitingSeconds: 20 };
  const later = { id: 6, priority: 2, createdAt: '2026-12-06T10:04:00Z', waitingSeconds: 200 };
  assert.deepEqual([later, transferred].sort(queueOrder).map((e) => e.id), [5, 6]);
  assert.deepEqual([{ id: 8, priority: 2 }, later].sort(queueOrder).map((e) => e.id), [6, 8]);
});

test('waiting time: the server value, plus the time since it arrived while queued', () => {
  const at = Date.now() - 5000;
  assert.ok(Math.abs(waitingNow({ status: 'queued', waitingSeconds: 40, _receivedAt: at }) - 45) < 1);
  assert.equal(waitingNow({ status: 'held', waitingSeconds: 40, _receivedAt: at }), 40);
});

test('transcript lines: by id when there is one, else by role, time and text', () => {
  assert.equal(lineKey({ id: 7, role: 'agent', text: 'a' }), lineKey({ id: 7, role: 'agent', text: 'b' }));
  assert.notEqual(lineKey({ role: 'agent', at: 't1', text: 'hi' }), lineKey({ role: 'agent', at: 't2', text: 'hi' }));
});

test('charts: round axis maxima whose four grid lines read as four different labels', () => {
  assert.deepEqual([0, 0.87, 1, 13, 420, 7].map((v) => axisMax(v)), [1, 1, 1, 20, 800, 8]);
  // counts: whole steps, also without data (was 0, 0.3, 0.5, 0.8, 1 ratings)
  assert.deepEqual([0, 1, 3, 5, 7, 13, 26].map((v) => axisMax(v, 'count')), [4, 4, 4, 8, 8, 20, 40]);
  for (const v of [0, 3, 13, 26, 999]) assert.ok(Number.isInteger(axisMax(v, 'count') / 4), `count ${v}`);
  // seconds: round durations (was 0:00, 0:00, 0:01, 0:01, 0:01 for an axis without data)
  assert.deepEqual([0, 11, 42, 61, 3725, 20000].map((v) => axisMax(v, 'seconds')), [20, 20, 60, 120, 7200, 28800]);
  for (const v of [0, 11, 42, 700]) {
    const top = axisMax(v, 'seconds');
    const labels = [0, 1, 2, 3, 4].map((i) => duration((top * i) / 4));
    assert.equal(new Set(labels).size, 5, labels.join(' '));
  }
});

test('errors: known codes in the page language, never an HTML page', () => {
  const en = translator('en');
  const zh = translator('zh');
  const conflict = new ApiError(409, { code: 'not_open', message: 'The escalation is resolved' });
  assert.equal(explainError(zh, conflict), '该转人工会话已不再开放，工作台已显示其当前状态。');
  assert.equal(explainError(en, new ApiError(409, { code: 'already_held', heldBy: 'agent2', heldByName: '王伟 Wang Wei' })),
    'Already claimed by 王伟 Wang Wei.');
  assert.equal(explainError(en, new ApiError(500, { code: 'boom', message: 'Something broke' })), 'Error: Something broke');
  assert.equal(explainError(zh, new TypeError('Failed to fetch')), '无法连接服务，请检查网络后重试。');
  assert.throws(() => answer(400, false, '<!doctype html><html><head><title>HTTP Status 400</title>'),
    (err) => err instanceof ApiError && err.message === 'HTTP 400' && err.status === 400);
  assert.throws(() => answer(409, false, '{"code":"changed","message":"now held"}'), (err) => err.code === 'changed');
  assert.deepEqual(answer(200, true, '{"id":3}'), { id: 3 });
  for (const code of Object.keys(en('errors'))) assert.ok(Object.hasOwn(zh('errors'), code), code);
});

test('formatting: calendar days in the page language, never moved by the time zone; other values as sent', () => {
  assert.equal(day('2026-11-28', 'en'), '28 Nov 2026');
  assert.equal(day('2026-11-28', 'zh'), '2026年11月28日');
  assert.equal(day('2026-01-01', 'en'), '1 Jan 2026');
  assert.equal(day('soon', 'en'), 'soon');
  assert.equal(day(null, 'zh'), '');
});

test('formatting: durations, shares, reasons in the page language', () => {
  assert.equal(duration(42), '0:42');
  assert.equal(duration(3725), '1:02:05');
  assert.equal(duration(null), '–');
  assert.equal(percent(0.734), '73%');
  assert.equal(percent(null), '–');
  const reason = { code: 'EXPLICIT_REQUEST', message: 'm', messageZh: '顾客要求人工客服', messageEn: 'The shopper asked for a person' };
  assert.equal(reasonText(reason, 'zh'), '顾客要求人工客服');
  assert.equal(reasonText(reason, 'en'), 'The shopper asked for a person');
  assert.equal(reasonText({ code: 'X' }, 'en'), 'X');
});

test('console strings exist in both languages', () => {
  const en = translator('en');
  const zh = translator('zh');
  for (const key of ['claim', 'resolve', 'handBack', 'transfer', 'queue', 'containment', 'reply', 'chatClosed']) {
    assert.notEqual(en(key), key);
    assert.notEqual(zh(key), en(key), key);
  }
  assert.equal(label(zh, 'priority', 1), '紧急');
  assert.equal(label(en, 'team', 'payments'), 'Payments');
  assert.equal(label(en, 'team', 'vip'), 'vip');
  assert.equal(label(zh, 'status', 'withdrawn'), '顾客已撤回');
  assert.equal(en('waiting', 3), '3 waiting');
  assert.equal(label(zh, 'riskDecision', 'REVIEW'), '审核');
  assert.equal(label(zh, 'riskKind', 'payment'), '支付');
  for (const key of ['transferChoose', 'transferredToYou', 'replyClosed', 'waitingTime', 'period']) assert.notEqual(zh(key), en(key), key);
});

test("an order's facts: items and shipment in the console's language; a late one says so instead of its estimate", () => {
  const late = {
    id: 'SD10000001', status: 'in_transit',
    items: [{ nameEn: 'AirFlow Running Shoes', nameZh: '轻风跑步鞋', quantity: 1 }, { nameEn: 'Water Bottle', nameZh: '保温水壶', quantity: 2 }],
    shipment: { carrier: 'SF Express', trackingNumber: 'SF1234567890123', status: 'in_transit', eta: '2026-11-28', deliveredOn: null, daysLate: 8 },
  };
  const en = orderFacts(late, translator('en'), 'en');
  assert.deepEqual(en.map((f) => [f.key, f.label, f.value]), [
    ['items', 'Items', 'AirFlow Running Shoes, Water Bottle ×2'],
    ['carrier', 'Carrier', 'SF Express'],
    ['tracking', 'Tracking no.', 'SF1234567890123'],
    ['late', 'Late', 'due 28 Nov 2026, 8 days ago'],
  ]);
  assert.equal(en.at(-1).late, 8);
  const zh = orderFacts(late, translator('zh'), 'zh');
  assert.deepEqual(zh.map((f) => f.value), ['轻风跑步鞋、保温水壶 ×2', '顺丰速运', 'SF1234567890123', '8 天（原定 2026年11月28日）']);
  assert.deepEqual(zh.map((f) => f.label), ['商品', '承运商', '运单号', '已延误']);
});

test("an order's facts: delivered says the day, on time the estimate, one day late in the singular, no shipment none", () => {
  const en = translator('en');
  const delivered = { shipment: { carrier: 'JD Logistics', trackingNumber: 'JD1', eta: '2026-11-13', deliveredOn: '2026-11-13', daysLate: 0 } };
  assert.deepEqual(orderFacts(delivered, en, 'en').at(-1), { key: 'delivered', label: 'Delivered', value: '13 Nov 2026' });
  assert.deepEqual(orderFacts(delivered, translator('zh'), 'zh').slice(1).map((f) => f.value), ['JD1', '2026年11月13日']);
  assert.equal(orderFacts(delivered, translator('zh'), 'zh')[0].value, '京东物流');
  const onTime = { shipment: { carrier: 'Some Courier', eta: '2026-12-08', daysLate: 0 } };
  assert.deepEqual(orderFacts(onTime, en, 'en').map((f) => [f.key, f.value]), [['carrier', 'Some Courier'], ['eta', '8 Dec 2026']]);
  assert.equal(orderFacts({ shipment: { eta: '2026-12-05', daysLate: 1 } }, en, 'en')[0].value, 'due 5 Dec 2026, 1 day ago');
  assert.deepEqual(orderFacts({ id: 'SD1', shipment: null, items: [] }, en, 'en'), []);
  assert.deepEqual(orderFacts(null, en, 'en'), []);
});
