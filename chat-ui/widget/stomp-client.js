// Minimal STOMP 1.2 client over a plain WebSocket (no SockJS, no dependencies).
//
// Supports what the ShopDesk widget and agent console need: CONNECT /
// SUBSCRIBE / UNSUBSCRIBE / SEND / DISCONNECT outgoing; CONNECTED / MESSAGE / ERROR / RECEIPT incoming.
// Incoming data is buffered as bytes, so a WebSocket message may hold several
// frames, a frame may be split over several messages, heart-beat EOLs between
// frames are skipped, and `content-length` is honoured (in UTF-8 bytes).

const NUL = 0x00;
const LF = 0x0a;
const CR = 0x0d;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// Frames whose headers are NOT escaped (STOMP 1.2, "Value Encoding").
const UNESCAPED_COMMANDS = new Set(['CONNECT', 'CONNECTED', 'STOMP']);

export function escapeHeader(value) {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/:/g, '\\c');
}

export function unescapeHeader(value) {
  return value.replace(/\\(.)/g, (match, c) => {
    switch (c) {
      case 'r': return '\r';
      case 'n': return '\n';
      case 'c': return ':';
      case '\\': return '\\';
      default: return match; // undefined escape: keep as-is (lenient)
    }
  });
}

/**
 * Serialise a frame to a string (terminated by NUL).
 * @param {string} command
 * @param {Record<string,string|number>} headers
 * @param {string} [body]
 */
export function encodeFrame(command, headers = {}, body = '') {
  const escape = UNESCAPED_COMMANDS.has(command) ? String : escapeHeader;
  let out = command + '\n';
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    out += escape(name) + ':' + escape(value) + '\n';
  }
  if (body) {
    out += 'content-length:' + encoder.encode(body).length + '\n';
  }
  return out + '\n' + (body || '') + '\0';
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Incremental frame parser. Feed it WebSocket payloads (string, ArrayBuffer or
 * Uint8Array); it returns the complete frames found so far.
 */
export class FrameParser {
  constructor() {
    this.buffer = new Uint8Array(0);
  }

  /** @returns {{command:string, headers:Record<string,string>, body:string}[]} */
  push(data) {
    let bytes;
    if (typeof data === 'string') bytes = encoder.encode(data);
    else if (data instanceof Uint8Array) bytes = data;
    else if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else throw new TypeError('unsupported STOMP payload');
    this.buffer = concatBytes(this.buffer, bytes);

    const frames = [];
    for (;;) {
      const frame = this._next();
      if (!frame) break;
      frames.push(frame);
    }
    return frames;
  }

  _next() {
    const buf = this.buffer;
    // Skip heart-beats / EOLs between frames.
    let start = 0;
    while (start < buf.length && (buf[start] === LF || buf[start] === CR)) start++;
    if (start > 0) {
      this.buffer = buf.subarray(start);
      return this._next();
    }
    if (buf.length === 0) return null;

    // Find the blank line ending the headers: LF LF or LF CR LF.
    let headerEnd = -1; // index of first byte of the body
    let lineStart = 0;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === NUL && headerEnd === -1) {
        // A NUL before the blank line: a frame with no blank line (lenient):
        // treat everything before as command + headers with an empty body.
        const head = decoder.decode(buf.subarray(0, i));
        this.buffer = buf.subarray(i + 1);
        return this._parseHead(head, '');
      }
      if (buf[i] !== LF) continue;
      const lineLen = i - lineStart;
      const isBlank = lineLen === 0 || (lineLen === 1 && buf[lineStart] === CR);
      if (isBlank && lineStart > 0) {
        headerEnd = i + 1;
        break;
      }
      lineStart = i + 1;
    }
    if (headerEnd === -1) return null; // need more data

    const head = decoder.decode(buf.subarray(0, headerEnd));
    const frame = this._parseHead(head, null);
    const lengthHeader = frame.headers['content-length'];
    let bodyEnd;
    if (lengthHeader !== undefined && /^\d+$/.test(lengthHeader.trim())) {
      bodyEnd = headerEnd + parseInt(lengthHeader, 10);
      if (buf.length < bodyEnd + 1) return null; // body + NUL not here yet
      if (buf[bodyEnd] !== NUL) {
        throw new Error('STOMP frame not terminated by NUL after content-length bytes');
      }
    } else {
      bodyEnd = buf.indexOf(NUL, headerEnd);
      if (bodyEnd === -1) return null;
    }
    frame.body = decoder.decode(buf.subarray(headerEnd, bodyEnd));
    this.buffer = buf.subarray(bodyEnd + 1);
    return frame;
  }

  _parseHead(head, body) {
    const lines = head.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const command = lines[0];
    const unescape = UNESCAPED_COMMANDS.has(command) ? (v) => v : unescapeHeader;
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const name = unescape(line.slice(0, colon));
      // STOMP 1.2: if a header is repeated, only the first occurrence counts.
      if (!(name in headers)) headers[name] = unescape(line.slice(colon + 1));
    }
    return { command, headers, body: body ?? '' };
  }
}

/**
 * A STOMP client over one WebSocket. It does not reconnect by itself: create a
 * new one after `onClose` (see connection.js).
 */
export class StompClient {
  /**
   * @param {string} url ws:// or wss:// URL
   * @param {{host?: string, WebSocketImpl?: any, connectTimeoutMs?: number}} [options]
   */
  constructor(url, options = {}) {
    this.url = url;
    this.host = options.host || safeHostname(url);
    this.WebSocketImpl = options.WebSocketImpl || globalThis.WebSocket;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10000;
    this.parser = new FrameParser();
    this.subscriptions = new Map();
    this.nextSubId = 0;
    this.nextReceiptId = 0;
    this.connected = false;
    this.closed = false;
    this.ws = null;
    this._timer = null;
    // Callbacks (assign before connect()).
    this.onConnect = () => {};
    this.onError = () => {};
    this.onReceipt = () => {};
    this.onClose = () => {};
    this.onUnhandledMessage = () => {};
  }

  connect() {
    const ws = new this.WebSocketImpl(this.url);
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    this._timer = setTimeout(() => {
      if (!this.connected) this._abort('STOMP CONNECTED not received in time');
    }, this.connectTimeoutMs);
    ws.onopen = () => {
      this._write(encodeFrame('CONNECT', {
        'accept-version': '1.2',
        host: this.host,
        'heart-beat': '0,0',
      }));
    };
    ws.onmessage = (event) => {
      let frames;
      try {
        frames = this.parser.push(event.data);
      } catch (err) {
        this._abort(String(err && err.message || err));
        return;
      }
      for (const frame of frames) this._dispatch(frame);
    };
    ws.onerror = () => { /* a close event always follows */ };
    ws.onclose = (event) => this._closed(event && event.code, event && event.reason);
  }

  _dispatch(frame) {
    switch (frame.command) {
      case 'CONNECTED':
        this.connected = true;
        clearTimeout(this._timer);
        this.onConnect(frame);
        break;
      case 'MESSAGE': {
        const sub = this.subscriptions.get(frame.headers.subscription);
        if (sub) sub(frame);
        else this.onUnhandledMessage(frame);
        break;
      }
      case 'RECEIPT':
        this.onReceipt(frame);
        break;
      case 'ERROR':
        this.onError(frame);
        // The server closes the connection after an ERROR frame; make sure.
        this._abort(frame.headers.message || 'STOMP ERROR');
        break;
      default:
        // Unknown command: ignore.
        break;
    }
  }

  /** Subscribe; returns the subscription id. */
  subscribe(destination, callback) {
    const id = 'sub-' + this.nextSubId++;
    this.subscriptions.set(id, callback);
    this._write(encodeFrame('SUBSCRIBE', { id, destination, ack: 'auto' }));
    return id;
  }

  /** Stop a subscription made with subscribe(); unknown ids are ignored. */
  unsubscribe(id) {
    if (!this.subscriptions.delete(id)) return;
    this._write(encodeFrame('UNSUBSCRIBE', { id }));
  }

  /** SEND a JSON body. Returns false if the socket is not usable. */
  sendJson(destination, payload, extraHeaders = {}) {
    const body = JSON.stringify(payload);
    return this._write(encodeFrame('SEND', {
      destination,
      'content-type': 'application/json',
      ...extraHeaders,
    }, body));
  }

  disconnect() {
    if (this.closed) return;
    if (this.connected) {
      this._write(encodeFrame('DISCONNECT', { receipt: 'disconnect-' + this.nextReceiptId++ }));
    }
    this._abort('client disconnect', 1000);
  }

  get isOpen() {
    return !!this.ws && this.ws.readyState === 1 && !this.closed;
  }

  _write(text) {
    if (!this.ws || this.ws.readyState !== 1) return false;
    try {
      this.ws.send(text);
      return true;
    } catch {
      return false;
    }
  }

  _abort(reason, code = 4000) {
    if (this.ws && this.ws.readyState <= 1) {
      try { this.ws.close(code === 1000 ? 1000 : 4000, reason.slice(0, 100)); } catch { /* ignore */ }
    }
    // Some browsers deliver `close` late for a socket that never opened; make
    // the outcome deterministic.
    this._closed(code, reason);
  }

  _closed(code, reason) {
    if (this.closed) return;
    this.closed = true;
    this.connected = false;
    clearTimeout(this._timer);
    if (this.ws) {
      this.ws.onopen = this.ws.onmessage = this.ws.onclose = this.ws.onerror = null;
    }
    this.onClose({ code, reason });
  }
}

function safeHostname(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return 'localhost';
  }
}
