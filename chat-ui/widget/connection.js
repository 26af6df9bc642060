// Chat connection: one STOMP session at a time, reconnect with exponential
// back-off, conversation id persistence, history resume, and an outgoing queue
// for messages typed while offline. Agent messages and the rating request of a
// hand-off arrive on the same queue; the rating goes out through sendRating().
import { StompClient } from './stomp-client.js';
import { getItem, setItem, removeItem, KEYS } from './storage.js';

export const DEST = Object.freeze({
  queue: '/user/queue/chat',
  chat: '/app/chat',
  history: '/app/chat/history',
  rating: '/app/chat/rating',
  typing: '/app/chat/typing',
});

/**
 * Answers that mean the stored conversation can't be continued here: the server no longer knows it, or it belongs
 * to another signed-in shopper (someone else used this browser). The id is forgotten and a new conversation starts.
 */
const FORGET_CODES = new Set(['unknown_conversation', 'identity_mismatch']);

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30000;

/** Delay before reconnect attempt `attempt` (0-based): 1 s, 2 s, 4 s … 30 s, ±20 % jitter. */
export function backoffDelay(attempt, random = Math.random) {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 16));
  return Math.min(BACKOFF_MAX_MS, Math.round(base * (0.8 + 0.4 * random())));
}

/** The shop's signed identity from the script tag's data attributes, or null when any of the three is missing. */
export function readIdentity(tag) {
  if (!tag) return null;
  return identityOf(tag.getAttribute('data-customer-id'), tag.getAttribute('data-identity-expires'),
    tag.getAttribute('data-identity-signature'));
}

/** {customerId, expires, signature} with numbers checked, or null when one is missing or malformed. */
function identityOf(customerIdText, expiresText, signature) {
  const customerId = Number(customerIdText);
  const expires = Number(expiresText);
  const valid = (n) => Number.isSafeInteger(n) && n > 0;
  if (!valid(customerId) || !valid(expires) || typeof signature !== 'string' || !signature) return null;
  return { customerId, expires, signature };
}

export class ChatConnection {
  /**
   * @param {object} options
   * @param {string} options.url ws(s) URL of the STOMP endpoint
   * @param {(s:{state:string, retryInMs?:number, attempt?:number}) => void} options.onStatus
   * @param {(payload:object) => void} options.onPayload server payloads (history / turn / error / other)
   * @param {(item:{id:number,text:string,locale:string}) => void} options.onSent a queued message went out
   * @param {() => void} [options.onForgetConversation]
   * @param {{customerId:number, expires:number, signature:string}|null} [options.identity] the shop's signed
   *   identity of a logged-in shopper, sent with every message and history request
   */
  constructor(options) {
    this.url = options.url;
    this.onStatus = options.onStatus || (() => {});
    this.onPayload = options.onPayload || (() => {});
    this.onSent = options.onSent || (() => {});
    this.onForgetConversation = options.onForgetConversation || (() => {});
    this.WebSocketImpl = options.WebSocketImpl;
    this.random = options.random || Math.random;
    this.historyTimeoutMs = options.historyTimeoutMs ?? 8000;
    this.identity = options.identity || null;

    this.state = 'idle';
    this.started = false;
    this.stopped = false;
    this.everConnected = false;
    this.attempt = 0;
    this.client = null;
    this.queue = []; // not yet sent
    this.inFlight = []; // sent, awaiting a turn / error answer
    this.awaitingHistory = false;
    this.nextId = 1;
    this._retryTimer = null;
    this._historyTimer = null;

    this._onOnline = () => this.retryNow();
    this._onVisible = () => {
      if (globalThis.document && document.visibilityState === 'visible') this.retryNow();
    };
  }

  get conversationId() {
    return getItem(KEYS.conversationId) || null;
  }

  set conversationId(id) {
    if (id) setItem(KEYS.conversationId, String(id));
    else removeItem(KEYS.conversationId);
  }

  start() {
    if (this.started) return;
    this.started = true;
    if (globalThis.addEventListener) {
      globalThis.addEventListener('online', this._onOnline);
      globalThis.document && document.addEventListener('visibilitychange', this._onVisible);
    }
    this._open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this._retryTimer);
    clearTimeout(this._historyTimer);
    if (globalThis.removeEventListener) {
      globalThis.removeEventListener('online', this._onOnline);
      globalThis.document && document.removeEventListener('visibilitychange', this._onVisible);
    }
    if (this.client) this.client.disconnect();
  }

  /** Reconnect immediately if we are waiting for a back-off timer. */
  retryNow() {
    if (this.stopped || !this.started || this.client || !this._retryTimer) return;
    clearTimeout(this._retryTimer);
    this._retryTimer = null;
    this._open();
  }

  /** Queue a message without sending it yet; returns its id. Call flush() next. */
  enqueue(text, locale) {
    const item = { id: this.nextId++, text, locale };
    this.queue.push(item);
    return item.id;
  }

  /** Send what is queued if the session is ready (connecting first if needed). */
  flush() {
    if (!this.started) this.start();
    else this._flush();
  }

  /** Queue a message; it goes out as soon as the session is ready. Returns its id. */
  send(text, locale) {
    const id = this.enqueue(text, locale);
    this.flush();
    return id;
  }

  /** Send the shopper's 1-5 rating of the conversation; false if offline (nothing is queued). */
  sendRating(score, comment) {
    const id = this.conversationId;
    if (!id || !this.client || this.state !== 'online') return false;
    const body = { conversationId: id, score };
    if (comment) body.comment = comment;
    return this.client.sendJson(DEST.rating, this._withIdentity(body));
  }

  /**
   * Tells the agent holding the chat that the shopper is typing; false if offline or no conversation yet (nothing is
   * queued: a late "typing" would be wrong). The caller throttles; the server only passes it on while a person holds
   * the chat and the socket follows it.
   */
  sendTyping() {
    const id = this.conversationId;
    if (!id || !this.client || this.state !== 'online') return false;
    return this.client.sendJson(DEST.typing, { conversationId: id });
  }

  get pendingCount() {
    return this.queue.length + this.inFlight.length;
  }

  get isOnline() {
    return this.state === 'online';
  }

  _setState(state, extra = {}) {
    this.state = state;
    this.onStatus({ state, ...extra });
  }

  _open() {
    this._retryTimer = null;
    this._setState(this.everConnected ? 'reconnecting' : 'connecting', { attempt: this.attempt });
    const client = new StompClient(this.url, { WebSocketImpl: this.WebSocketImpl });
    this.client = client;
    client.onConnect = () => this._onConnected(client);
    client.onClose = () => this._onClosed(client);
    client.onError = (frame) => {
      if (globalThis.console) console.warn('[ShopDesk] STOMP ERROR:', frame.headers.message || '', frame.body || '');
    };
    try {
      client.connect();
    } catch (err) {
      // e.g. SyntaxError for a bad URL, or SecurityError
      if (globalThis.console) console.warn('[ShopDesk] cannot open WebSocket:', err);
      this.client = null;
      this._scheduleReconnect();
    }
  }

  _onConnected(client) {
    if (client !== this.client) return;
    this.attempt = 0;
    this.everConnected = true;
    client.subscribe(DEST.queue, (frame) => this._onFrame(frame));
    const id = this.conversationId;
    if (id) {
      this.awaitingHistory = true;
      client.sendJson(DEST.history, this._withIdentity({ conversationId: id }));
      clearTimeout(this._historyTimer);
      this._historyTimer = setTimeout(() => {
        // No answer: don't hold the shopper's messages hostage.
        this.awaitingHistory = false;
        this._flush();
      }, this.historyTimeoutMs);
    }
    this._setState('online');
    this._flush();
  }

  _onClosed(client) {
    if (client !== this.client) return;
    this.client = null;
    this.awaitingHistory = false;
    clearTimeout(this._historyTimer);
    // Answers for messages sent on the dead session are lost with it; the
    // history replayed after reconnect shows what the server got.
    this.inFlight = [];
    if (this.stopped) {
      this._setState('idle');
      return;
    }
    this._scheduleReconnect();
  }

  _scheduleReconnect() {
    const delay = backoffDelay(this.attempt, this.random);
    this.attempt++;
    this._setState(this.everConnected ? 'reconnecting' : 'connecting', { retryInMs: delay, attempt: this.attempt });
    clearTimeout(this._retryTimer);
    this._retryTimer = setTimeout(() => this._open(), delay);
  }

  _onFrame(frame) {
    let payload;
    try {
      payload = JSON.parse(frame.body);
    } catch {
      if (globalThis.console) console.warn('[ShopDesk] non-JSON message ignored:', frame.body);
      return;
    }
    if (!payload || typeof payload !== 'object') return;
    this._handle(payload);
  }

  _handle(payload) {
    const kind = payload.kind;
    if (kind === 'history') {
      if (payload.conversationId && payload.conversationId !== this.conversationId && this.conversationId) {
        // A stale answer for a conversation we no longer use: ignore.
        return;
      }
      this._historyDone();
      this.onPayload(payload);
      return;
    }
    if (kind === 'error' && FORGET_CODES.has(payload.code)) {
      if (this._unknownConversation()) return;
      this.onPayload(payload);
      return;
    }
    if (kind === 'turn') {
      // The server may answer a message sent to a conversation it no longer
      // knows with a turn holding an error reply (code unknown_conversation).
      const replies = Array.isArray(payload.replies) ? payload.replies : [];
      const unknown = replies.some((r) => r && r.type === 'error' && r.data && FORGET_CODES.has(r.data.code));
      if (unknown) {
        if (!this._unknownConversation()) this.onPayload(payload); // already sent anew once: show it
        return;
      }
      if (payload.conversationId) this.conversationId = payload.conversationId;
      this.inFlight.shift();
      this.onPayload(payload);
      this._flush();
      return;
    }
    if (kind === 'error') {
      if (this.awaitingHistory) {
        // The history request failed (an expired identity, say): show why and release the queue, but don't drop
        // a message that is still waiting for its own answer.
        this._historyDone();
        this.onPayload(payload);
        return;
      }
      this.inFlight.shift();
      this.onPayload(payload);
      this._flush();
      return;
    }
    this.onPayload(payload);
  }

  /**
   * The stored conversation id is unknown to the server: forget it. If this
   * answers the history request, or a message we can send again as the start
   * of a new conversation, it is handled silently (returns true); otherwise
   * the caller shows the error.
   */
  _unknownConversation() {
    this.conversationId = null;
    this.onForgetConversation();
    if (this.awaitingHistory) {
      this._historyDone();
      return true;
    }
    const item = this.inFlight.shift();
    if (item && !item.retried) {
      item.retried = true;
      this.queue.unshift(item);
      this._flush();
      return true;
    }
    this._flush();
    return false;
  }

  _historyDone() {
    if (!this.awaitingHistory) return;
    this.awaitingHistory = false;
    clearTimeout(this._historyTimer);
    this._flush();
  }

  /**
   * Replaces the signed identity (a shop page that stays open re-signs it before it expires; null after logging
   * out). A malformed one is ignored, so the old one keeps being sent.
   */
  setIdentity(identity) {
    if (identity === null) {
      this.identity = null;
      return;
    }
    const fresh = identity && identityOf(identity.customerId, identity.expires, identity.signature);
    if (fresh) this.identity = fresh;
  }

  _withIdentity(body) {
    return this.identity ? { ...body, identity: this.identity } : body;
  }

  _flush() {
    const client = this.client;
    if (!client || this.state !== 'online' || this.awaitingHistory) return;
    while (this.queue.length) {
      // Until the server has told us the id of a new conversation, further
      // messages wait, so they don't each start a conversation of their own.
      if (!this.conversationId && this.inFlight.length) break;
      const item = this.queue[0];
      const id = this.conversationId;
      const body = this._withIdentity(id
        ? { conversationId: id, text: item.text, locale: item.locale }
        : { text: item.text, locale: item.locale });
      if (!client.sendJson(DEST.chat, body)) break;
      this.queue.shift();
      this.inFlight.push(item);
      this.onSent(item);
    }
  }
}
