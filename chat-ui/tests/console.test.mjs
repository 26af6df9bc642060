// Unit tests for the console's browser-independent parts (no DOM needed).
//   node --test console.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';

import { needText, queueGroup, queueOrder, shoppersWhoLeft, timeShown, unansweredNow, waitingNow } from '../console/queue-view.js';
import { attachmentPath, fileSize, lineKey } from '../console/transcript-line.js';
import { otherLanguage, replyLanguage } from '../console/reply-composer.js';
import { matchReplies, placeholdersIn, slashQuery } from '../console/canned-picker.js';
import { orderFacts, orderPlaced, ordersInQuestionFirst, parcelText, paymentText } from '../console/order-facts.js';
import { riskSubjectText, signed } from '../console/risk-decisions.js';
import { toldProof } from '../console/shopper-verification.js';
import { axisMax } from '../console/charts.js';
import { day, duration, percent, reasonText, shopTime } from '../console/format.js';
import { explainError, translator, label } from '../console/i18n.js';
import { ApiError, answer } from '../console/api.js';
import { REVIEW_STRINGS } from '../console/review-strings.js';
import { keptToasts, MAX_TOASTS } from '../console/toasts.js';
import { holderChanged } from '../console/desk-actions.js';
import { chatNotice, pageTitle, shopperWrote } from '../console/escalation-feed.js';

test("an attachment line's file is only ever ShopDesk's own download path, its size in words", () => {
  assert.equal(attachmentPath({ url: '/api/chat/conversations/sDezaoDFIGzNouuz3d7U4NMN7ueimVvj/attachments/12' }),
    '/api/chat/conversations/sDezaoDFIGzNouuz3d7U4NMN7ueimVvj/attachments/12');
  for (const url of ['javascript:alert(1)', '//evil.example/x.png', 'https://evil.example/api/chat/conversations/a/attachments/1',
    '/api/chat/conversations/a/attachments/1?x=1', '/api/chat/conversations/../agent/attachments/1', 42, undefined]) {
    assert.equal(attachmentPath({ url }), null, String(url));
  }
  assert.equal(attachmentPath(null), null);
  assert.equal(fileSize(812), '812 B');
  assert.equal(fileSize(46_387), '45.3 KB');
  assert.equal(fileSize(2_202_010), '2.1 MB');
  assert.equal(fileSize('x'), '');
});

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
  // Notes are numbered apart from messages: note 7 is not message 7.
  assert.notEqual(lineKey({ id: 7, role: 'note', text: 'a' }), lineKey({ id: 7, role: 'agent', text: 'a' }));
  assert.equal(lineKey({ id: 7, role: 'note', text: 'a' }), lineKey({ id: 7, role: 'note', text: 'a' }));
});

test('canned replies: "/" and a shortcut at the start or after a space opens the list, not inside a word or a URL', () => {
  assert.deepEqual(slashQuery('/', 1), { start: 0, query: '' });
  assert.deepEqual(slashQuery('Hello /Ref', 10), { start: 6, query: 'ref' });
  assert.deepEqual(slashQuery('line\n/bye', 9), { start: 5, query: 'bye' });
  assert.equal(slashQuery('1/2', 3), null);
  assert.equal(slashQuery('see https://shop.example/refund', 31), null);
  assert.equal(slashQuery('/refund now', 11), null, 'a space after the shortcut closes the list');
  assert.deepEqual(slashQuery('/refund now', 7), { start: 0, query: 'refund' }, 'what is before the caret counts');
});

test('canned replies: shortcuts starting with the query first, then titles containing it', () => {
  const replies = [
    { shortcut: 'hello', title: 'Greeting on joining' },
    { shortcut: 'refund', title: 'Refund timeline' },
    { shortcut: 'refundmethod', title: 'Where the refund goes' },
    { shortcut: 'delay', title: 'Apology for a delay' },
    null,
  ];
  assert.deepEqual(matchReplies(replies, 'ref').map((r) => r.shortcut), ['refund', 'refundmethod']);
  assert.deepEqual(matchReplies(replies, 'apology').map((r) => r.shortcut), ['delay']);
  assert.deepEqual(matchReplies(replies, '').map((r) => r.shortcut), ['hello', 'refund', 'refundmethod', 'delay']);
  assert.deepEqual(matchReplies(replies, 'zzz'), []);
  assert.deepEqual(matchReplies(undefined, 'a'), []);
});

test('canned replies: every {placeholder} left is found once, other braces are not', () => {
  assert.deepEqual(placeholdersIn('Hi {customerName}, order {orderId}; {customerName}'), ['customerName', 'orderId']);
  assert.deepEqual(placeholdersIn('a smiley {:-)} or { spaced } or {} or {1st}'), []);
  assert.deepEqual(placeholdersIn(null), []);
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

test('reply language: a reply plainly in the other language than the chat\'s is flagged, a mixed or short one is not', () => {
  assert.equal(replyLanguage('您好，我是支付组的王伟，我来帮您看看付款的问题。'), 'zh');
  assert.equal(replyLanguage('订单 SD10000001 已由顺丰速运承运'), 'zh');
  assert.equal(replyLanguage('Hello, I am Wang Wei from the payments team.'), 'en');
  assert.equal(replyLanguage('ok'), null);
  assert.equal(replyLanguage('SD10000001'), null);
  assert.equal(otherLanguage('您好，我是支付组的王伟，我来帮您看看付款的问题。', 'en'), true);
  assert.equal(otherLanguage('Hello, I am Wang Wei from the payments team.', 'zh'), true);
  assert.equal(otherLanguage('Hello, I am Wang Wei from the payments team.', 'en'), false);
  assert.equal(otherLanguage('您好，请问您的订单号是多少？', 'zh'), false);
  assert.equal(otherLanguage('OK 好', 'en'), false, 'too little to tell');
  assert.equal(otherLanguage('您好', null), false, 'the chat\'s language unknown');
  assert.equal(translator('en')('replyOtherLanguage', 'English'), 'This shopper chats in English: your reply is in another language.');
});

test('errors: a verification refused says how many wrong tries are left before the order locks, as the chat counts', () => {
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(explainError(en, new ApiError(409, { code: 'phone_mismatch', orderId: 'SD10000037', triesLeft: 1 })),
    'Those digits do not match the order\'s phone. Nothing was changed; 1 more wrong try locks the order, as in the chat.');
  assert.equal(explainError(zh, new ApiError(409, { code: 'phone_mismatch', orderId: 'SD10000037', triesLeft: 2 })),
    '手机号后四位与该订单不符，未做任何更改；再错 2 次该订单将被锁定（与聊天中相同）。');
  assert.match(explainError(en, new ApiError(409, { code: 'verification_locked', orderId: 'SD10000037', wrongTries: 3 })),
    /^Too many wrong phone digits were given for this order/);
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
  for (const key of ['transferChoose', 'transferredToYou', 'replyClosed', 'waitingTime', 'period', 'addNote', 'noteMark',
    'privateNotePlaceholder', 'cannedNone']) assert.notEqual(zh(key), en(key), key);
  assert.equal(en('unfilledRefused', '{orderId}'), 'Not sent: fill in {orderId} first. The shopper must never see a placeholder.');
  assert.equal(zh('unfilledRefused', '{orderId}'), '未发送：请先填写 {orderId}，占位符绝不能发给顾客。');
  assert.equal(label(zh, 'roles', 'note'), '备注');
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

test("formatting: a payment's time in the shop's time (China), whatever the agent's zone; other values as sent", () => {
  assert.equal(shopTime('2026-11-23T18:01:10+08:00', 'en'), '23 Nov 2026, 18:01');
  assert.equal(shopTime('2026-11-23T18:01:10+08:00', 'zh'), '2026年11月23日 18:01');
  // 23:30 in London on the 23rd is 07:30 on the 24th in the shop.
  assert.equal(shopTime('2026-11-23T23:30:00Z', 'en'), '24 Nov 2026, 07:30');
  assert.equal(shopTime('2026-11-24T00:05:00+08:00', 'zh'), '2026年11月24日 00:05');
  assert.equal(shopTime('yesterday', 'en'), 'yesterday');
  assert.equal(shopTime(null, 'en'), '');
});

test("an order's facts: a double charge is flagged in words before its payments, each with amount, method, outcome and shop time", () => {
  const charged = {
    id: 'SD10000047', status: 'processing', duplicateCharge: true,
    payments: [
      { id: 'P1', amount: 1299, currency: 'CNY', method: 'card', status: 'succeeded', at: '2026-11-23T18:01:10+08:00', duplicate: true },
      { id: 'P2', amount: 1299, currency: 'CNY', method: 'card', status: 'succeeded', at: '2026-11-23T18:03:30+08:00', duplicate: true },
    ],
  };
  const en = orderFacts(charged, translator('en'), 'en');
  assert.deepEqual(en.map((f) => [f.key, f.label, f.value, f.warn]), [
    ['duplicate', 'Charged twice', 'two payments of the same amount within an hour', true],
    ['payment', 'Payment', 'CN¥1,299.00 · card · succeeded · 23 Nov 2026, 18:01 · duplicate', true],
    ['payment', 'Payment', 'CN¥1,299.00 · card · succeeded · 23 Nov 2026, 18:03 · duplicate', true],
  ]);
  assert.equal(en[1].payment.id, 'P1');
  const zh = orderFacts(charged, translator('zh'), 'zh');
  assert.deepEqual(zh.map((f) => [f.label, f.value]), [
    ['重复扣款', '一小时内两笔金额相同的付款'],
    ['付款', '¥1,299.00 · 银行卡 · 成功 · 2026年11月23日 18:01 · 重复'],
    ['付款', '¥1,299.00 · 银行卡 · 成功 · 2026年11月23日 18:03 · 重复'],
  ]);
});

test("a payment in words: every method, instalments, each outcome, a failure's reason; nothing unknown invented", () => {
  const en = translator('en');
  const zh = translator('zh');
  const at = '2026-11-20T23:51:00+08:00';
  const blocked = { amount: 5999, currency: 'CNY', method: 'huabei', instalmentMonths: 6, status: 'failed', failureCode: 'risk_blocked', at };
  assert.equal(paymentText(blocked, en, 'en'), 'CN¥5,999.00 · Huabei, 6 instalments · failed: stopped by our risk checks · 20 Nov 2026, 23:51');
  assert.equal(paymentText(blocked, zh, 'zh'), '¥5,999.00 · 花呗 6 期 · 失败：被风控拦截 · 2026年11月20日 23:51');
  const declined = { amount: 699, currency: 'CNY', method: 'card', status: 'failed', failureCode: 'card_declined', at };
  assert.equal(paymentText(declined, en, 'en'), 'CN¥699.00 · card · failed: declined by the card issuer · 20 Nov 2026, 23:51');
  assert.equal(paymentText({ ...declined, failureCode: 'insufficient_funds' }, zh, 'zh'), '¥699.00 · 银行卡 · 失败：余额或额度不足 · 2026年11月20日 23:51');
  assert.equal(paymentText({ ...declined, failureCode: 'expired_card' }, en, 'en'), 'CN¥699.00 · card · failed: expired_card · 20 Nov 2026, 23:51');
  const methods = ['alipay', 'wechat_pay', 'bank_transfer'];
  assert.deepEqual(methods.map((m) => paymentText({ method: m, status: 'pending' }, en, 'en')), ['Alipay · pending', 'WeChat Pay · pending', 'bank transfer · pending']);
  assert.deepEqual(methods.map((m) => paymentText({ method: m, status: 'refunded' }, zh, 'zh')), ['支付宝 · 已退款', '微信支付 · 已退款', '银行转账 · 已退款']);
  assert.equal(paymentText({ amount: 10, currency: 'USD', method: 'card', status: 'succeeded', instalmentMonths: null }, en, 'en'), '$10.00 · card · succeeded');
  assert.equal(paymentText(null, en, 'en'), '');
  // An order with payments and no double charge: no warning, each payment plain.
  const facts = orderFacts({ duplicateCharge: false, payments: [declined, null] }, zh, 'zh');
  assert.deepEqual(facts.map((f) => [f.key, f.warn]), [['payment', false]]);
});

test("an order's facts: each delivery address the chat changed, old to new, at the shop's time, after the payments", () => {
  const order = {
    id: 'SD10000014', status: 'pending_payment', items: [],
    payments: [{ id: 'P1', amount: 880, currency: 'CNY', method: 'card', status: 'failed', failureCode: 'insufficient_funds', at: '2026-11-25T08:51:00+08:00' }],
    addressChanges: [
      { from: '苏州市工业园区星湖街328号创意产业园11栋', to: '苏州市姑苏区人民路100号', at: '2026-12-06T19:30:15+08:00', conversationId: 'c1' },
      { from: '苏州市姑苏区人民路100号', to: '88 Nanjing Road, Shanghai', at: '2026-12-06T11:40:00Z', conversationId: 'c1' },
      null,
    ],
  };
  const en = orderFacts(order, translator('en'), 'en');
  assert.deepEqual(en.map((f) => f.key), ['payment', 'address-change', 'address-change']);
  assert.deepEqual(en.slice(1).map((f) => [f.label, f.value]), [
    ['Address changed in chat', '苏州市工业园区星湖街328号创意产业园11栋 → 苏州市姑苏区人民路100号 (6 Dec 2026, 19:30)'],
    ['Address changed in chat', '苏州市姑苏区人民路100号 → 88 Nanjing Road, Shanghai (6 Dec 2026, 19:40)'],
  ]);
  const zh = orderFacts(order, translator('zh'), 'zh');
  assert.equal(zh[1].label, '聊天中改地址');
  assert.equal(zh[1].value, '苏州市工业园区星湖街328号创意产业园11栋 → 苏州市姑苏区人民路100号（2026年12月6日 19:30）');
  assert.deepEqual(orderFacts({ addressChanges: 'nonsense' }, translator('en'), 'en'), []);
});

test("an order sent in two parcels: a row per parcel instead of the latest shipment's, its state in a word and a symbol", () => {
  const split = {
    id: 'SD10000048', status: 'in_transit',
    items: [{ nameEn: 'Egyptian Cotton Bedding Set', nameZh: '埃及长绒棉床品四件套', quantity: 1 }, { nameEn: 'Memory Foam Pillow', nameZh: '记忆棉护颈枕', quantity: 2 }],
    shipment: { carrier: 'JD Logistics', trackingNumber: 'JDVA28642000482', status: 'in_transit', eta: '2026-12-08', deliveredOn: null, daysLate: 0 },
    parcels: [
      { number: 1, carrier: 'SF Express', trackingNumber: 'SF1486420000481', status: 'delivered', state: 'delivered', shippedOn: '2026-12-02',
        eta: '2026-12-04', deliveredOn: '2026-12-05', daysLate: 0, itemsRecorded: true,
        items: [{ nameEn: 'Egyptian Cotton Bedding Set', nameZh: '埃及长绒棉床品四件套', quantity: 1 }] },
      { number: 2, carrier: 'JD Logistics', trackingNumber: 'JDVA28642000482', status: 'in_transit', state: 'on_its_way', shippedOn: '2026-12-05',
        eta: '2026-12-08', deliveredOn: null, daysLate: 0, itemsRecorded: true,
        items: [{ nameEn: 'Memory Foam Pillow', nameZh: '记忆棉护颈枕', quantity: 2 }] },
    ],
    itemsNotInParcels: [],
  };
  const en = orderFacts(split, translator('en'), 'en');
  assert.deepEqual(en.map((f) => [f.key, f.label, f.value]), [
    ['items', 'Items', 'Egyptian Cotton Bedding Set, Memory Foam Pillow ×2'],
    ['parcel', 'Parcel 1 of 2', '✓ delivered 5 Dec 2026 · SF Express SF1486420000481 · Egyptian Cotton Bedding Set · shipped 2 Dec 2026'],
    ['parcel', 'Parcel 2 of 2', '→ on its way, due 8 Dec 2026 · JD Logistics JDVA28642000482 · Memory Foam Pillow ×2 · shipped 5 Dec 2026'],
  ]);
  assert.equal(en[2].parcel.trackingNumber, 'JDVA28642000482');
  assert.equal(en[1].late, undefined, 'a parcel is not flagged by the order-level late style');
  const zh = orderFacts(split, translator('zh'), 'zh');
  assert.deepEqual(zh.slice(1).map((f) => [f.label, f.value]), [
    ['包裹 1/2', '✓ 已签收 2026年12月5日 · 顺丰速运 SF1486420000481 · 埃及长绒棉床品四件套 · 2026年12月2日 发货'],
    ['包裹 2/2', '→ 运输中，预计 2026年12月8日 送达 · 京东物流 JDVA28642000482 · 记忆棉护颈枕 ×2 · 2026年12月5日 发货'],
  ]);
});

test("a parcel in words: late with its days, returned, contents not recorded; an item in no parcel is listed as such", () => {
  const en = translator('en');
  const zh = translator('zh');
  const late = { carrier: 'SF Express', trackingNumber: 'SF1', status: 'in_transit', state: 'late', eta: '2026-11-28', daysLate: 8, itemsRecorded: false, items: [] };
  assert.equal(parcelText(late, en, 'en'), '⚠ late: due 28 Nov 2026, 8 days ago · SF Express SF1 · contents not recorded');
  assert.equal(parcelText(late, zh, 'zh'), '⚠ 已延误 8 天（原定 2026年11月28日） · 顺丰速运 SF1 · 内容未记录');
  assert.equal(parcelText({ ...late, daysLate: 1, eta: '2026-12-05' }, en, 'en'), '⚠ late: due 5 Dec 2026, 1 day ago · SF Express SF1 · contents not recorded');
  // Without a state from the server, a delivered status is delivered (never late), a returned one returned.
  assert.equal(parcelText({ status: 'delivered', deliveredOn: '2026-11-30', eta: '2026-11-28', daysLate: 0 }, en, 'en'), '✓ delivered 30 Nov 2026');
  assert.equal(parcelText({ status: 'returned', carrier: 'ZTO Express', trackingNumber: 'Z9' }, zh, 'zh'), '↩ 已退回商家 · 中通快递 Z9');
  assert.equal(parcelText({ status: 'in_transit' }, en, 'en'), '→ on its way');
  assert.equal(parcelText(null, en, 'en'), '→ on its way');
  // One parcel carrying one pillow of two: the single-shipment rows, then the pillow left over.
  const partial = {
    items: [{ nameEn: 'Memory Foam Pillow', nameZh: '记忆棉护颈枕', quantity: 2 }],
    shipment: { carrier: 'SF Express', trackingNumber: 'SF2', status: 'delivered', eta: '2026-12-01', deliveredOn: '2026-12-01', daysLate: 0 },
    parcels: [{ carrier: 'SF Express', trackingNumber: 'SF2', state: 'delivered', itemsRecorded: true, items: [{ nameEn: 'Memory Foam Pillow', nameZh: '记忆棉护颈枕', quantity: 1 }] }],
    itemsNotInParcels: [{ nameEn: 'Memory Foam Pillow', nameZh: '记忆棉护颈枕', quantity: 1 }],
  };
  assert.deepEqual(orderFacts(partial, en, 'en').map((f) => [f.key, f.value]), [
    ['items', 'Memory Foam Pillow ×2'], ['carrier', 'SF Express'], ['tracking', 'SF2'], ['delivered', '1 Dec 2026'],
    ['not-in-parcel', 'Memory Foam Pillow'],
  ]);
  assert.deepEqual(orderFacts(partial, zh, 'zh').at(-1), { key: 'not-in-parcel', label: '未在任何包裹中', value: '记忆棉护颈枕' });
  // Not shipped yet: everything is in no parcel, which the order's status already says.
  assert.deepEqual(orderFacts({ items: [], parcels: [], itemsNotInParcels: [{ nameEn: 'A', quantity: 1 }] }, en, 'en'), []);
  // Unknown (a parcel's contents not recorded): nothing is claimed.
  assert.deepEqual(orderFacts({ parcels: [late], shipment: late, itemsNotInParcels: null }, en, 'en').map((f) => f.key), ['carrier', 'tracking', 'late']);
});

test('typing: one signal per 3 s while someone writes, at once again after a message; held by an agent from the history', async () => {
  const { TypingThrottle, heldByAgent } = await import('../widget/typing.js');
  let now = 1000;
  const throttle = new TypingThrottle(3000, () => now);
  assert.equal(throttle.ready(), true);
  now += 1000;
  assert.equal(throttle.ready(), false, 'a keystroke 1 s later sends nothing');
  now += 2000;
  assert.equal(throttle.ready(), true, '3 s later it does');
  throttle.reset();
  assert.equal(throttle.ready(), true, 'after a message went out, the next keystroke signals');

  assert.equal(heldByAgent([]), false);
  assert.equal(heldByAgent([{ role: 'system', type: 'agent_joined' }, { role: 'shopper', type: 'text' }]), true);
  assert.equal(heldByAgent([{ role: 'system', type: 'agent_joined' }, { role: 'system', type: 'resolved' }]), false);
  assert.equal(heldByAgent([{ role: 'system', type: 'agent_joined' }, { role: 'bot', type: 'text', data: { event: 'released' } }]), false);
  assert.equal(heldByAgent([{ role: 'system', type: 'transferred' }, { role: 'system', type: 'agent_joined' }]), true);
});

test('the typing, earlier-conversation and search strings exist in both languages', () => {
  for (const locale of ['en', 'zh']) {
    const t = translator(locale);
    for (const key of ['shopperTyping', 'pastConversations', 'pastNone', 'pastBotOnly', 'pastOpen', 'readOnly', 'close', 'searchClosed',
      'searchPlaceholder', 'search', 'searchNone', 'searchMore', 'searchShort']) {
      assert.equal(typeof t(key), 'string', `${locale} ${key}`);
      assert.notEqual(t(key), key, `${locale} ${key}`);
    }
    assert.match(t('pastRating', 4), /4/);
    assert.notEqual(label(t, 'statuses', 'resolved'), 'resolved');
  }
  assert.equal(translator('zh')('shopperTyping'), '顾客正在输入…');
});

test('the review page\'s strings have the same keys in both languages, nested tables included, and differ', () => {
  const shape = (table) => Object.entries(table).map(([k, v]) => (v && typeof v === 'object'
    ? `${k}{${Object.keys(v).sort().join(',')}}` : `${k}:${typeof v}`)).sort();
  assert.deepEqual(shape(REVIEW_STRINGS.zh), shape(REVIEW_STRINGS.en));
  for (const key of ['reviewTitle', 'train', 'markOos', 'hideFixed', 'pending']) {
    assert.notEqual(REVIEW_STRINGS.zh[key], REVIEW_STRINGS.en[key], key);
  }
  assert.equal(REVIEW_STRINGS.en.outcomes.released('20261207001500'), 'Released 20261207001500. The live service has switched to it.');
  assert.equal(REVIEW_STRINGS.zh.reasons.fallback, '兜底回复');
  assert.equal(translator('zh')('review'), '未识别消息');
  assert.equal(translator('en')('review'), 'Not understood');
});

test("the queue's groups: the agent's own chats first, then the queue, then colleagues' chats", () => {
  const mine = { id: 1, status: 'held', heldBy: 'agent2', priority: 3 };
  const waiting = { id: 2, status: 'queued', priority: 1 };
  const colleagues = { id: 3, status: 'held', heldBy: 'agent1', priority: 1 };
  assert.deepEqual([colleagues, waiting, mine].map((e) => queueGroup(e, 'agent2')), ['others', 'queued', 'mine']);
  assert.equal(queueGroup(mine, 'agent1'), 'others');
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(en('queueGroupMine', 2), 'My chats (2)');
  assert.equal(zh('queueGroupQueued', 5), '排队中（5）');
  assert.equal(en('requeuedOffline', '王伟 Wang Wei'), '王伟 Wang Wei went offline: back in the queue');
});

test("a risk decision names what it judged and each reason's points, in the console's language", () => {
  const payment = { paymentId: 'p1', orderId: 'SD10000005', amount: 15999, currency: 'CNY', method: 'card' };
  assert.equal(riskSubjectText('payment', payment, translator('en'), 'en'), 'CN¥15,999.00 · card · order SD10000005');
  assert.equal(riskSubjectText('payment', payment, translator('zh'), 'zh'), '¥15,999.00 · 银行卡 · 订单 SD10000005');
  assert.equal(riskSubjectText('payment', { amount: 20, currency: 'USD', method: 'alipay', orderId: null }, translator('en'), 'en'),
    '$20.00 · Alipay');
  const application = { applicationId: 'a1', amount: 12000, termMonths: 12, purpose: 'electronics' };
  assert.equal(riskSubjectText('financing', application, translator('en'), 'en'), 'CN¥12,000.00 · 12 months · electronics');
  assert.equal(riskSubjectText('financing', application, translator('zh'), 'zh'), '¥12,000.00 · 12 期 · electronics');
  assert.equal(riskSubjectText('payment', null, translator('en'), 'en'), '');
  assert.deepEqual([15, -10, 0, '5'].map(signed), ['+15', '\u221210', '0', '+5']);
});

test('the verification is prefilled with the order and digits the shopper last named', () => {
  const line = (role, entities) => ({ role, text: '', entities });
  const transcript = [
    line('shopper', [{ type: 'order_id', text: 'sd10000002', value: 'SD10000002' }]),
    line('agent', [{ type: 'order_id', value: 'SD10000009' }]),
    line('shopper', [{ type: 'order_id', text: 'SD10000001', value: 'SD10000001' }, { type: 'phone_last4', text: '5678', value: '5678' }]),
    line('shopper', [{ type: 'product', value: 'x' }]),
  ];
  assert.deepEqual(toldProof(transcript), { orderId: 'SD10000001', phoneLast4: '5678' });
  assert.deepEqual(toldProof([transcript[0], line('shopper', [{ type: 'phone_last4', text: '4321' }])]),
    { orderId: 'SD10000002', phoneLast4: '4321' });
  assert.deepEqual(toldProof(null), {});
  assert.deepEqual(toldProof([line('shopper', null), 'x']), {});
});

test("the queue says \"Shopper left\" of every open chat whose shopper's widget is closed, not only the open one", () => {
  const left = shoppersWhoLeft([
    { id: 1, conversationId: 'a', status: 'queued', shopperConnected: false },
    { id: 2, conversationId: 'b', status: 'held', shopperConnected: false },
    { id: 3, conversationId: 'c', status: 'held', shopperConnected: true },
    { id: 4, conversationId: 'd', status: 'queued' },
    { id: 5, conversationId: 'e', status: 'resolved', shopperConnected: false },
    null,
  ]);
  assert.deepEqual([...left].sort(), ['a', 'b']);
  assert.deepEqual([...shoppersWhoLeft(undefined)], []);
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(en('shopperLeft'), 'Shopper left the chat');
  assert.equal(zh('shopperLeft'), '顾客已离开');
});

test('notices stack: a new one keeps those showing, up to four, the oldest dropped first', () => {
  assert.deepEqual(keptToasts([], 'a'), ['a']);
  assert.deepEqual(keptToasts(['a'], 'b'), ['a', 'b'], 'the second does not replace the first');
  assert.equal(MAX_TOASTS, 4);
  assert.deepEqual(keptToasts(['a', 'b', 'c', 'd'], 'e'), ['b', 'c', 'd', 'e']);
});

test("the context is drawn again when an escalation's holder or status changes, not for a new last message", () => {
  const held = { status: 'held', heldBy: 'agent1', lastMessage: 'a' };
  assert.equal(holderChanged(held, { ...held, lastMessage: 'b' }), false);
  assert.equal(holderChanged(held, { ...held, heldBy: 'agent2' }), true);
  assert.equal(holderChanged(held, { ...held, status: 'resolved' }), true);
  assert.equal(holderChanged(undefined, held), true);
});

test('the verify form shows the form of an order number and digits, in both languages, never a real order', () => {
  for (const locale of ['en', 'zh']) {
    const t = translator(locale);
    assert.doesNotMatch(t('verifyOrderFormat'), /SD\d{8}/, locale);
    assert.doesNotMatch(t('verifyDigitsFormat'), /\d{4}/, locale);
  }
  assert.equal(translator('en')('verifyOrderFormat'), 'SD + 8 digits');
  assert.equal(translator('zh')('verifyDigitsFormat'), '4 位数字');
});

test("an order's time is the shop's, in the form of its payments' times, whatever the agent's own zone", () => {
  const order = { id: 'SD10000001', createdAt: '2026-11-22T01:15:00Z' };
  assert.equal(orderPlaced(order, 'en'), '22 Nov 2026, 09:15');
  assert.equal(orderPlaced(order, 'zh'), '2026年11月22日 09:15');
  assert.equal(paymentText({ amount: 828, currency: 'CNY', method: 'alipay', status: 'succeeded',
    at: '2026-11-22T09:16:00+08:00' }, translator('en'), 'en').includes('22 Nov 2026, 09:16'), true);
  assert.equal(orderPlaced({}, 'en'), '');
});

test("a chat's notice is written as the console's language writes it", () => {
  const esc = { customerName: '张伟', priority: 2, team: 'general' };
  assert.equal(chatNotice(translator('zh'), translator('zh')('transferredToYou'), esc), '已转接给您：张伟 · P2 综合组');
  assert.equal(chatNotice(translator('en'), translator('en')('transferredToYou'), esc), 'Transferred to you: 张伟 · P2 General');
  assert.equal(chatNotice(translator('zh'), translator('zh')('requeuedOffline', '王伟 Wang Wei'), { priority: 3, team: 'payments' }),
    '王伟 Wang Wei 已离线，会话已回到排队：匿名顾客 · P3 支付组');
});

test('a shopper who writes the same words again has written: "updated" of the same chat and customer', () => {
  const held = { id: 6, status: 'held', heldBy: 'agent2', customerId: 1003, lastMessage: 'hello?' };
  assert.equal(shopperWrote('updated', held, { ...held }), true, 'the same text twice is a second message');
  assert.equal(shopperWrote('updated', held, { ...held, lastMessage: 'refund?' }), true);
  assert.equal(shopperWrote('updated', { ...held, customerId: null }, held), false, 'the shopper became known');
  assert.equal(shopperWrote('claimed', held, held), false);
  assert.equal(shopperWrote('updated', null, held), false);
  assert.equal(shopperWrote('updated', { ...held, status: 'queued' }, held), false);
});

test("the page title says how many of the agent's own chats have a message not read, then the queue", () => {
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(pageTitle(en, 4, 1), '✉ 1 · (4) Agent console · ShopDesk');
  assert.equal(pageTitle(en, 4, 0), '(4) Agent console · ShopDesk');
  assert.equal(pageTitle(en, 0, 2), '✉ 2 · Agent console · ShopDesk');
  assert.equal(pageTitle(zh, 0, 0), `${zh('consoleTitle')} · ShopDesk`);
});

test("the customer's tier in the console's language, an unknown one as it came", () => {
  assert.equal(label(translator('zh'), 'tiers', 'gold'), '金卡会员');
  assert.equal(label(translator('zh'), 'tiers', 'regular'), '普通会员');
  assert.equal(label(translator('en'), 'tiers', 'vip'), 'VIP');
  assert.equal(label(translator('en'), 'tiers', 'diamond'), 'diamond');
});

test("the order the chat is about comes first among the customer's orders, whatever its age or case", () => {
  const orders = [{ id: 'SD10000032' }, { id: 'SD10000020' }, { id: 'SD10000002' }];
  assert.deepEqual(ordersInQuestionFirst(orders, 'SD10000002').map((o) => o.id), ['SD10000002', 'SD10000032', 'SD10000020']);
  assert.deepEqual(ordersInQuestionFirst(orders, 'sd10000020').map((o) => o.id), ['SD10000020', 'SD10000032', 'SD10000002']);
  assert.deepEqual(ordersInQuestionFirst(orders, null).map((o) => o.id), ['SD10000032', 'SD10000020', 'SD10000002']);
  assert.deepEqual(ordersInQuestionFirst(orders, 'SD99999999').map((o) => o.id), ['SD10000032', 'SD10000020', 'SD10000002'],
    'an order of someone else is not invented');
  assert.deepEqual(ordersInQuestionFirst(null, 'SD10000002'), []);
  assert.equal(translator('zh')('orderInQuestion'), '本次咨询');
});

test('time shown: a held chat counts how long its agent has had it, on from when it arrived; a queued one its wait', () => {
  const now = Date.now();
  const held = timeShown({ status: 'held', waitingSeconds: 12, heldSeconds: 90, _receivedAt: now - 5000 });
  assert.equal(held.kind, 'held');
  assert.ok(held.seconds >= 95 && held.seconds < 97, String(held.seconds));
  const queued = timeShown({ status: 'queued', waitingSeconds: 12, heldSeconds: null, _receivedAt: now - 3000 });
  assert.equal(queued.kind, 'waiting');
  assert.ok(queued.seconds >= 15 && queued.seconds < 17, String(queued.seconds));
  // A held chat from a server without heldSeconds: its wait, as before.
  assert.equal(timeShown({ status: 'held', waitingSeconds: 12 }).kind, 'waiting');
  const en = translator('en');
  const zh = translator('zh');
  assert.equal(en('heldFor', '1:36'), 'held 1:36');
  assert.equal(zh('heldFor', '1:36'), '已接待 1:36');
  assert.equal(zh('waitingFor', '0:15'), '已等待 0:15');
});

test("what the shopper needs: the intent in the page's language, the order, their words; nothing when unknown", () => {
  const need = { intent: 'refund_status', orderId: 'SD10000019', text: "my refund hasn't arrived" };
  assert.equal(needText(translator('en'), need), "Refund status · order SD10000019 · “my refund hasn't arrived”");
  assert.equal(needText(translator('zh'), need), "退款进度 · 订单 SD10000019 · “my refund hasn't arrived”");
  assert.equal(needText(translator('en'), { orderId: 'SD10000007' }), 'order SD10000007');
  assert.equal(needText(translator('en'), { intent: 'new_intent', text: 'x' }), 'new_intent · “x”');
  assert.equal(needText(translator('en'), null), '');
  // Their words once: the last message shows them when they are the same.
  assert.equal(needText(translator('en'), need, "my refund hasn't arrived"), 'Refund status · order SD10000019');
});

test('awaiting reply: while held, the server value counting on from when it arrived; nothing when the agent wrote last', () => {
  const at = Date.now() - 4000;
  const seconds = unansweredNow({ status: 'held', unansweredSeconds: 20, _receivedAt: at });
  assert.ok(seconds >= 24 && seconds < 26, String(seconds));
  assert.equal(unansweredNow({ status: 'held', unansweredSeconds: null, _receivedAt: at }), null);
  assert.equal(unansweredNow({ status: 'queued', unansweredSeconds: 20 }), null);
  assert.equal(translator('en')('unansweredFor', '0:24'), 'awaiting reply 0:24');
  assert.equal(translator('zh')('unansweredFor', '0:24'), '待回复 0:24');
});
