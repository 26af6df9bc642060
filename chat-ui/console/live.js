// The console's live feed: one STOMP session over /ws (authenticated by the
// login's session cookie), reconnected with back-off, with every subscription
// made again after a reconnect. Payloads are parsed JSON.
import { StompClient } from '../widget/stomp-client.js';
import { backoffDelay } from '../widget/connection.js';

export class LiveFeed {
  /**
   * @param {string} url ws(s) URL of the STOMP endpoint
   * @param {(state:'connecting'|'online'|'offline') => void} onState
   */
  constructor(url, onState = () => {}) {
    this.url = url;
    this.onState = onState;
    this.client = null;
    this.attempt = 0;
    this.stopped = false;
    this.subs = new Map(); // key -> {destination, callback, id}
    this.nextKey = 1;
    this._timer = null;
  }

  start() {
    this._open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this._timer);
    if (this.client) this.client.disconnect();
  }

  /** Subscribe now (or on connect); returns a key for unsubscribe(). Survives reconnects. */
  subscribe(destination, callback) {
    const key = this.nextKey++;
    const sub = { destination, callback, id: null };
    this.subs.set(key, sub);
    if (this.client && this.client.connected) this._attach(sub);
    return key;
  }

  unsubscribe(key) {
    const sub = this.subs.get(key);
    if (!sub) return;
    this.subs.delete(key);
    if (sub.id && this.client && this.client.connected) this.client.unsubscribe(sub.id);
  }

  send(destination, payload) {
    return !!(this.client && this.client.connected && this.client.sendJson(destination, payload));
  }

  _attach(sub) {
    sub.id = this.client.subscribe(sub.destination, (frame) => {
      let payload;
      try { payload = JSON.parse(frame.body); } catch { return; }
      if (payload && typeof payload === 'object') sub.callback(payload);
    });
  }

  _open() {
    this.onState('connecting');
    const client = new StompClient(this.url);
    this.client = client;
    client.onConnect = () => {
      if (client !== this.client) return;
      this.attempt = 0;
      for (const sub of this.subs.values()) this._attach(sub);
      this.onState('online');
    };
    client.onError = (frame) => console.warn('[console] STOMP ERROR:', frame.headers.message || '', frame.body || '');
    client.onClose = () => {
      if (client !== this.client || this.stopped) return;
      this.client = null;
      this.onState('offline');
      this._timer = setTimeout(() => this._open(), backoffDelay(this.attempt++));
    };
    try {
      client.connect();
    } catch (err) {
      console.warn('[console] cannot open WebSocket:', err);
      client.onClose();
    }
  }
}

/** ws(s)://<this host>/ws */
export function socketUrl(path = '/ws') {
  const url = new URL(path, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
