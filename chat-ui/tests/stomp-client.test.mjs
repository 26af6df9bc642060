// Unit tests for the widget's browser-independent modules (no DOM needed).
//   node --test stomp-client.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';

import { FrameParser, encodeFrame, escapeHeader, unescapeHeader, StompClient } from '../widget/stomp-client.js';
import { ChatConnection, backoffDelay, readIdentity } from '../widget/connection.js';
import { safeHref } from '../widget/dom.js';
import { normalizeLocale, translator, orderStatusLabel } from '../widget/i18n.js';
import { daysLate } from '../widget/renderers.js';

const msgFrame = (body, extra = '') =>
  `MESSAGE\ndestination:/user/queue/chat\nsubscription:sub-0\nmessage-id:1${extra}\n\n${body}\0`;

test('encodeFrame: CONNECT headers unescaped, SEND has content-length in UTF-8 bytes', () => {
  assert.equal(
    encodeFrame('CONNECT', { 'accept-version': '1.2', host: 'shop.example', 'heart-beat': '0,0' }),
    'CONNECT\naccept-version:1.2\nhost:shop.example\nheart-beat:0,0\n\n\0',
  );
  const body = JSON.stringify({ text: '我的订单到哪了' });
  const f = encodeFrame('SEND', { destination: '/app/chat', 'content-type': 'application/json' }, body);
  assert.ok(f.startsWith('SEND\ndestination:/app/chat\ncontent-type:application/json\n'));
  assert.ok(f.includes(`content-length:${Buffer.byteLength(body)}\n`));
  assert.ok(f.endsWith('\n\n' + body + '\0'));
});

test('header escaping round-trips', () => {
  const raw = 'a:b\\c\nd\re';
  assert.equal(escapeHeader(raw), 'a\\cb\\\\c\\nd\\re');
  assert.equal(unescapeHeader(escapeHeader(raw)), raw);
});

test('parser: several frames in one message, heart-beat EOLs between them', () => {
  const p = new FrameParser();
  const frames = p.push('\n' + 'CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0' + '\n\r\n' + msgFrame('{"a":1}') + '\n' + msgFrame('{"b":2}') + '\n');
  assert.equal(frames.length, 3);
  assert.equal(frames[0].command, 'CONNECTED');
  assert.equal(frames[0].headers.version, '1.2');
  assert.deepEqual(frames.slice(1).map((f) => JSON.parse(f.body)), [{ a: 1 }, { b: 2 }]);
  assert.deepEqual(p.push('\n'), []);
});

test('parser: frame split across messages, also mid UTF-8 character', () => {
  const body = JSON.stringify({ text: '您好，世界' });
  const bytes = new TextEncoder().encode(msgFrame(body, `\ncontent-length:${Buffer.byteLength(body)}`));
  const p = new FrameParser();
  const all = [];
  // Feed 7 bytes at a time, as ArrayBuffers.
  for (let i = 0; i < bytes.length; i += 7) {
    all.push(...p.push(bytes.slice(i, i + 7).buffer));
  }
  assert.equal(all.length, 1);
  assert.equal(JSON.parse(all[0].body).text, '您好，世界');
});

test('parser: content-length allows NUL inside the body; CRLF line endings; first repeated header wins', () => {
  const p = new FrameParser();
  const [f] = p.push('MESSAGE\r\nfoo:first\r\nfoo:second\r\ncontent-length:3\r\n\r\na\0b\0');
  assert.equal(f.body, 'a\0b');
  assert.equal(f.headers.foo, 'first');
});

test('parser: MESSAGE headers are unescaped, CONNECTED headers are not', () => {
  const p = new FrameParser();
  const [m, c] = p.push('MESSAGE\nx:a\\cb\n\n\0CONNECTED\nserver:a\\cb\n\n\0');
  assert.equal(m.headers.x, 'a:b');
  assert.equal(c.headers.server, 'a\\cb');
});

test('parser: ERROR and RECEIPT frames', () => {
  const p = new FrameParser();
  const [e, r] = p.push('ERROR\nmessage:bad frame\n\noops\0RECEIPT\nreceipt-id:77\n\n\0');
  assert.equal(e.command, 'ERROR');
  assert.equal(e.headers.message, 'bad frame');
  assert.equal(e.body, 'oops');
  assert.equal(r.headers['receipt-id'], '77');
});

// --- a fake WebSocket for StompClient / ChatConnection -----------------------

class FakeSocket {
  static instances = [];
  constructor(url) {
    this.url = url;
    this.readyState = 0;
    this.sent = [];
    FakeSocket.instances.push(this);
  }
  send(text) { this.sent.push(text); }
  close() { this.serverClose(); }
  // test helpers
  serverOpen() { this.readyState = 1; this.onopen && this.onopen(); }
  serverSend(data) { this.onmessage && this.onmessage({ data }); }
  serverClose(code = 1006) {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose && this.onclose({ code, reason: '' });
  }
  frames() { return this.sent.map((s) => new FrameParser().push(s)[0]); }
}

test('StompClient: CONNECT, SUBSCRIBE, routes MESSAGE to the subscription', () => {
  FakeSocket.instances = [];
  const client = new StompClient('wss://shop.example/ws', { WebSocketImpl: FakeSocket });
  const got = [];
  let connected = false;
  client.onConnect = () => { connected = true; client.subscribe('/user/queue/chat', (f) => got.push(f.body)); };
  client.connect();
  const ws = FakeSocket.instances[0];
  ws.serverOpen();
  const connect = ws.frames()[0];
  assert.equal(connect.command, 'CONNECT');
  assert.deepEqual(connect.headers, { 'accept-version': '1.2', host: 'shop.example', 'heart-beat': '0,0' });
  ws.serverSend('CONNECTED\nversion:1.2\n\n\0');
  assert.ok(connected);
  const sub = ws.frames()[1];
  assert.equal(sub.command, 'SUBSCRIBE');
  assert.equal(sub.headers.destination, '/user/queue/chat');
  assert.equal(sub.headers.id, 'sub-0');
  ws.serverSend(msgFrame('{"kind":"turn"}'));
  assert.deepEqual(got, ['{"kind":"turn"}']);
  client.disconnect();
  clearTimeout(client._timer);
});

function connectionHarness() {
  FakeSocket.instances = [];
  const events = { status: [], payloads: [], sent: [] };
  const conn = new ChatConnection({
    url: 'ws://127.0.0.1/ws',
    WebSocketImpl: FakeSocket,
    random: () => 0.5,
    onStatus: (s) => events.status.push(s.state),
    onPayload: (p) => events.payloads.push(p),
    onSent: (item) => events.sent.push(item.text),
  });
  const handshake = () => {
    const ws = FakeSocket.instances.at(-1);
    ws.serverOpen();
    ws.serverSend('CONNECTED\nversion:1.2\n\n\0');
    return ws;
  };
  const reply = (ws, payload) => ws.serverSend(msgFrame(JSON.stringify(payload)));
  return { conn, events, handshake, reply };
}

test('ChatConnection: queues while offline, holds 2nd message until a new conversation id is known', () => {
  const { conn, events, handshake, reply } = connectionHarness();
  conn.conversationId = null;
  conn.send('hello', 'en');
  conn.send('second', 'en');
  assert.deepEqual(events.sent, []); // not connected yet
  const ws = handshake();
  let sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends.length, 1);
  assert.deepEqual(JSON.parse(sends[0].body), { text: 'hello', locale: 'en' });
  assert.equal(sends[0].headers['content-type'], 'application/json');
  reply(ws, { kind: 'turn', conversationId: 'c-1', replies: [{ type: 'text', text: 'hi' }] });
  assert.equal(conn.conversationId, 'c-1');
  sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends.length, 2);
  assert.deepEqual(JSON.parse(sends[1].body), { conversationId: 'c-1', text: 'second', locale: 'en' });
  assert.deepEqual(events.sent, ['hello', 'second']);
  conn.stop();
  conn.conversationId = null;
});

test('ChatConnection: history requested on connect; queue waits for it; unknown_conversation forgets the id', () => {
  const { conn, events, handshake, reply } = connectionHarness();
  conn.conversationId = 'c-old';
  conn.send('after history', 'zh');
  const ws = handshake();
  let sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends.length, 1);
  assert.equal(sends[0].headers.destination, '/app/chat/history');
  assert.deepEqual(JSON.parse(sends[0].body), { conversationId: 'c-old' });
  reply(ws, { kind: 'error', code: 'unknown_conversation', message: 'gone' });
  assert.equal(conn.conversationId, null);
  sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends.length, 2);
  assert.deepEqual(JSON.parse(sends[1].body), { text: 'after history', locale: 'zh' });
  assert.equal(events.payloads.length, 0); // the unknown_conversation error is not shown
  conn.stop();
  conn.conversationId = null;
});

test('ChatConnection: a turn with an unknown_conversation error reply resends the message as a new conversation', () => {
  const { conn, events, handshake, reply } = connectionHarness();
  conn.conversationId = 'c-stale';
  conn.start();
  const ws = handshake();
  reply(ws, { kind: 'history', conversationId: 'c-stale', messages: [] }); // history still answered
  conn.send('where is my order', 'en');
  let sends = ws.frames().filter((f) => f.command === 'SEND' && f.headers.destination === '/app/chat');
  assert.deepEqual(JSON.parse(sends[0].body), { conversationId: 'c-stale', text: 'where is my order', locale: 'en' });
  reply(ws, { kind: 'turn', conversationId: 'c-stale', replies: [{ type: 'error', text: 'No such conversation', data: { code: 'unknown_conversation' } }] });
  assert.equal(conn.conversationId, null);
  sends = ws.frames().filter((f) => f.command === 'SEND' && f.headers.destination === '/app/chat');
  assert.equal(sends.length, 2);
  assert.deepEqual(JSON.parse(sends[1].body), { text: 'where is my order', locale: 'en' });
  assert.deepEqual(events.payloads.map((p) => p.kind), ['history']); // the error turn is not shown
  reply(ws, { kind: 'turn', conversationId: 'c-new', replies: [{ type: 'ask', text: 'Which order?' }] });
  assert.equal(conn.conversationId, 'c-new');
  assert.deepEqual(events.payloads.map((p) => p.kind), ['history', 'turn']);
  conn.stop();
  conn.conversationId = null;
});

test('ChatConnection: reconnects after close with back-off and resends the queue', async () => {
  const { conn, events, handshake } = connectionHarness();
  conn.conversationId = null;
  conn.start();
  const ws1 = handshake();
  assert.equal(conn.state, 'online');
  ws1.serverClose();
  assert.equal(conn.state, 'reconnecting');
  conn.send('typed while offline', 'en');
  assert.deepEqual(events.sent, []);
  conn.retryNow(); // skip the 1 s timer
  const ws2 = handshake();
  assert.notEqual(ws1, ws2);
  assert.deepEqual(events.sent, ['typed while offline']);
  assert.deepEqual(JSON.parse(ws2.frames().filter((f) => f.command === 'SEND')[0].body), { text: 'typed while offline', locale: 'en' });
  conn.stop();
});

test('StompClient: UNSUBSCRIBE stops routing to the subscription', () => {
  FakeSocket.instances = [];
  const client = new StompClient('ws://127.0.0.1/ws', { WebSocketImpl: FakeSocket });
  const got = [];
  const unhandled = [];
  client.onUnhandledMessage = (f) => unhandled.push(f.body);
  client.connect();
  const ws = FakeSocket.instances[0];
  ws.serverOpen();
  ws.serverSend('CONNECTED\nversion:1.2\n\n\0');
  const id = client.subscribe('/topic/agent/conversations/c1', (f) => got.push(f.body));
  client.unsubscribe(id);
  client.unsubscribe('sub-unknown');
  const frames = ws.frames();
  assert.deepEqual(frames.map((f) => f.command), ['CONNECT', 'SUBSCRIBE', 'UNSUBSCRIBE']);
  assert.equal(frames[2].headers.id, id);
  ws.serverSend(msgFrame('{"kind":"message"}'));
  assert.deepEqual(got, []);
  assert.deepEqual(unhandled, ['{"kind":"message"}']);
  client.disconnect();
});

test('ChatConnection: sendRating goes to /app/chat/rating with the conversation id, not while offline', () => {
  const { conn, handshake } = connectionHarness();
  conn.conversationId = 'conv-9';
  assert.equal(conn.sendRating(5), false);
  conn.start();
  const ws = handshake();
  assert.equal(conn.sendRating(4, 'quick'), true);
  const rating = ws.frames().find((f) => f.command === 'SEND' && f.headers.destination === '/app/chat/rating');
  assert.deepEqual(JSON.parse(rating.body), { conversationId: 'conv-9', score: 4, comment: 'quick' });
  conn.setIdentity({ customerId: 42, expires: 1800000060, signature: 'ab12' });
  conn.sendRating(5);
  const signed = ws.frames().filter((f) => f.command === 'SEND' && f.headers.destination === '/app/chat/rating').at(-1);
  assert.deepEqual(JSON.parse(signed.body).identity, { customerId: 42, expires: 1800000060, signature: 'ab12' });
  conn.stop();
  conn.conversationId = null;
});

test('backoffDelay: 1 s, 2 s, 4 s … capped at 30 s, with jitter', () => {
  const mid = () => 0.5;
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 10].map((a) => backoffDelay(a, mid)), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  assert.equal(backoffDelay(0, () => 0), 800);
  assert.equal(backoffDelay(0, () => 1), 1200);
  assert.equal(backoffDelay(8, () => 1), 30000);
});

test('safeHref: only same-origin paths and https URLs', () => {
  assert.equal(safeHref('/products/1'), '/products/1');
  assert.equal(safeHref('https://shop.example/x'), 'https://shop.example/x');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '//evil.example', '/\\evil.example', '/\t/evil.example',
    'http://shop.example', 'data:text/html,x', ' javascript:alert(1)', 'products/1', '', null, 42]) {
    assert.equal(safeHref(bad), null, String(bad));
  }
});

test('i18n: navigator-style locales map to zh/en; translations exist in both', () => {
  assert.equal(normalizeLocale('zh-CN'), 'zh');
  assert.equal(normalizeLocale('zh-Hant-TW'), 'zh');
  assert.equal(normalizeLocale('en-GB'), 'en');
  assert.equal(normalizeLocale('fr'), null);
  assert.equal(translator('zh')('title'), '在线客服');
  assert.equal(translator('en')('title'), 'Customer service');
  assert.equal(orderStatusLabel('zh', 'SHIPPED'), '已发货');
  assert.equal(orderStatusLabel('en', 'in-transit'), 'In transit');
  assert.equal(orderStatusLabel('en', 'weird'), 'weird');
  for (const locale of ['zh', 'en']) {
    assert.notEqual(translator(locale)('agentLeftTransferred'), 'agentLeftTransferred');
  }
  // The agent went offline (agent_left reason agent_offline): back in the queue, never "the assistant is back".
  assert.equal(translator('en')('agentLeftOffline'),
    'The agent had to leave the chat. You keep your place in the queue, and the next agent will reply here.');
  assert.equal(translator('zh')('agentLeftOffline'), '客服暂时离开了对话。您仍保留原来的排队位置，下一位客服会在这里回复您。');
});

test('order card lateness: data.daysLate above 0 only, worded in the widget\'s language', () => {
  assert.equal(daysLate({ daysLate: 8 }), 8);
  for (const data of [{}, { daysLate: 0 }, { daysLate: -1 }, { daysLate: '8' }, { daysLate: 1.5 }, null, []]) {
    assert.equal(daysLate(data), 0, JSON.stringify(data));
  }
  assert.equal(translator('en')('late'), 'Late');
  assert.equal(translator('en')('lateDetail', 8, 'Sat, Nov 28, 2026'), 'due Sat, Nov 28, 2026, 8 days ago');
  assert.equal(translator('en')('lateDetail', 1, 'Sat, Nov 28, 2026'), 'due Sat, Nov 28, 2026, 1 day ago');
  assert.equal(translator('zh')('late'), '已延误');
  assert.equal(translator('zh')('lateDetail', 8, '2026年11月28日周六'), '8 天（原定 2026年11月28日周六）');
});

test('readIdentity: the three data attributes of the script tag, or null when one is missing or malformed', () => {
  const tag = (attrs) => ({ getAttribute: (name) => (name in attrs ? attrs[name] : null) });
  const full = { 'data-customer-id': '42', 'data-identity-expires': '1800000060', 'data-identity-signature': 'ab12' };
  assert.deepEqual(readIdentity(tag(full)), { customerId: 42, expires: 1800000060, signature: 'ab12' });
  assert.equal(readIdentity(tag({ ...full, 'data-identity-signature': null })), null);
  assert.equal(readIdentity(tag({ ...full, 'data-customer-id': 'abc' })), null);
  assert.equal(readIdentity(tag({ ...full, 'data-identity-expires': '' })), null);
  assert.equal(readIdentity(null), null);
});

test('ChatConnection: a signed identity rides on messages and history; identity_mismatch starts a new conversation', () => {
  FakeSocket.instances = [];
  const identity = { customerId: 42, expires: 1800000060, signature: 'ab12' };
  const payloads = [];
  const conn = new ChatConnection({
    url: 'ws://127.0.0.1/ws', WebSocketImpl: FakeSocket, random: () => 0.5, identity,
    onPayload: (p) => payloads.push(p),
  });
  conn.conversationId = 'c-other-shopper';
  conn.send('hello', 'en');
  const ws = FakeSocket.instances.at(-1);
  ws.serverOpen();
  ws.serverSend('CONNECTED\nversion:1.2\n\n\0');
  let sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends[0].headers.destination, '/app/chat/history');
  assert.deepEqual(JSON.parse(sends[0].body), { conversationId: 'c-other-shopper', identity });
  ws.serverSend(msgFrame(JSON.stringify({ kind: 'error', code: 'identity_mismatch', message: 'not yours' })));
  assert.equal(conn.conversationId, null);
  sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.deepEqual(JSON.parse(sends[1].body), { text: 'hello', locale: 'en', identity });
  assert.equal(payloads.length, 0); // nothing of the other shopper's conversation is shown
  conn.stop();
  conn.conversationId = null;
});

test('ChatConnection: setIdentity replaces the identity (null signs out, malformed is ignored)', () => {
  const conn = new ChatConnection({ url: 'ws://127.0.0.1/ws', WebSocketImpl: FakeSocket, identity: null });
  conn.setIdentity({ customerId: 7, expires: 1800000060, signature: 'cd34' });
  assert.deepEqual(conn._withIdentity({ text: 'hi' }), { text: 'hi', identity: { customerId: 7, expires: 1800000060, signature: 'cd34' } });
  conn.setIdentity({ customerId: 'x', expires: 1, signature: 'ab' });
  assert.equal(conn.identity.customerId, 7);
  conn.setIdentity(null);
  assert.deepEqual(conn._withIdentity({ text: 'hi' }), { text: 'hi' });
});

test('ChatConnection: a failed history request releases the queue without dropping an in-flight message', () => {
  FakeSocket.instances = [];
  const payloads = [];
  const conn = new ChatConnection({ url: 'ws://127.0.0.1/ws', WebSocketImpl: FakeSocket, random: () => 0.5,
    identity: { customerId: 42, expires: 1800000060, signature: 'ab12' }, onPayload: (p) => payloads.push(p) });
  conn.conversationId = 'c-mine';
  conn.send('queued while the history loads', 'en');
  const ws = FakeSocket.instances.at(-1);
  ws.serverOpen();
  ws.serverSend('CONNECTED\nversion:1.2\n\n\0');
  assert.equal(ws.frames().filter((f) => f.command === 'SEND').length, 1); // only the history request
  ws.serverSend(msgFrame(JSON.stringify({ kind: 'error', code: 'identity_expired', message: 'expired' })));
  assert.equal(conn.awaitingHistory, false);
  const sends = ws.frames().filter((f) => f.command === 'SEND');
  assert.equal(sends.length, 2);
  assert.equal(JSON.parse(sends[1].body).text, 'queued while the history loads');
  assert.equal(conn.inFlight.length, 1); // still waiting for its answer
  assert.deepEqual(payloads.map((p) => p.code), ['identity_expired']);
  conn.stop();
  conn.conversationId = null;
});
