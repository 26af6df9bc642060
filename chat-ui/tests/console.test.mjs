// Unit tests for the console's browser-independent parts (no DOM needed).
//   node --test console.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';

import { queueOrder, waitingNow } from '../console/queue-view.js';
import { lineKey } from '../console/conversation-view.js';
import { niceMax } from '../console/charts.js';
import { duration, percent, reasonText } from '../console/format.js';
import { translator, label } from '../console/i18n.js';

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

test('charts: round axis maxima', () => {
  assert.deepEqual([0, 0.87, 1, 13, 420, 7].map(niceMax), [1, 1, 1, 15, 500, 8]);
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
});
