// ShopDesk shopper chat widget. Embed with one tag:
//   <script type="module" src="/widget/shopdesk-widget.js" data-endpoint="/ws"></script>
// data-endpoint is optional (default "/ws" on the script's origin). For a logged-in shopper the shop's server adds
// data-customer-id, data-identity-expires and data-identity-signature (HMAC-SHA256 of "customerId:expires" under
// the secret it shares with ShopDesk; see docs/protocol.md), and the chat knows who they are.
import { ChatView, MAX_LENGTH } from './chat-view.js';
import { ChatConnection, readIdentity } from './connection.js';
import { detectLocale, persistLocale, translator } from './i18n.js';
import { CSS } from './styles.js';
import { TypingThrottle, heldByAgent } from './typing.js';

const SCRIPT_URL = import.meta.url;

function stripHash(url) {
  return String(url).split('#')[0];
}

/** The <script> tag that loaded this module (module scripts have no currentScript). */
function findOwnScriptTag() {
  const own = stripHash(SCRIPT_URL);
  const ownPath = own.split('?')[0];
  let fallback = null;
  for (const s of document.querySelectorAll('script[src]')) {
    const src = stripHash(s.src);
    if (src === own) return s;
    if (!fallback && src.split('?')[0] === ownPath) fallback = s;
  }
  return fallback || document.querySelector('script[src*="shopdesk-widget"]');
}

/**
 * Resolve data-endpoint against the script's URL; http(s) → ws(s). A secure
 * page (or script) gets wss, otherwise ws.
 */
export function resolveEndpoint(endpoint, scriptUrl = SCRIPT_URL, pageProtocol = location.protocol) {
  const url = new URL(endpoint || '/ws', scriptUrl);
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return url.href;
  const secure = pageProtocol === 'https:' || url.protocol === 'https:';
  url.protocol = secure ? 'wss:' : 'ws:';
  return url.href;
}

function mount() {
  if (window.ShopDesk && window.ShopDesk.__mounted) return;

  const tag = findOwnScriptTag();
  const endpoint = resolveEndpoint(tag && tag.getAttribute('data-endpoint'));

  // A custom tag name, so page rules for div/span/etc. don't match the host.
  const host = document.createElement('shopdesk-widget');
  host.id = 'shopdesk-widget';
  host.setAttribute('data-shopdesk', '');
  const shadow = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    shadow.appendChild(style);
  }

  let locale = detectLocale();
  let t = translator(locale);

  const connection = new ChatConnection({
    url: endpoint,
    identity: readIdentity(tag),
    onStatus: (s) => view.setStatus(s),
    onSent: (item) => {
      view.markSent(item.id);
      showBotTyping(); // restart the 15 s window from the moment it really left
    },
    onPayload: (payload) => handlePayload(payload),
    onForgetConversation: () => {},
  });

  const view = new ChatView(shadow, {
    locale,
    onSend: (text) => send(text),
    onToggleLocale: () => setLocale(locale === 'zh' ? 'en' : 'zh'),
    onOpen: () => connection.start(),
    onRate: (score) => rate(score),
    onTyping: () => {
      if (withAgent && typingThrottle.ready()) connection.sendTyping();
    },
    onAttach: (file) => attach(file),
    loadAttachment: (data) => loadAttachment(data),
  });

  // Typing goes to a person only, never to the bot: signals are sent while an agent holds the chat.
  let withAgent = false;
  const typingThrottle = new TypingThrottle();

  /**
   * The bot's "typing…" only when the bot is going to answer: while an agent holds the chat the bot stays silent, so
   * its dots would promise an answer that never comes (the agent's own "X is typing…" shows instead). While queued the
   * bot still answers (the queue notice), and that answer hides the dots at once.
   */
  function showBotTyping() {
    if (!withAgent) view.showTyping();
  }

  /** Hides the bot's dots once nothing is waiting for an answer; the agent's indicator stays until it runs out. */
  function hideBotTypingWhenAnswered() {
    if (connection.pendingCount === 0 && !view.isAgentTyping) view.hideTyping();
  }

  // Files go over HTTP to the service the socket talks to (ws(s)://host/ws → http(s)://host).
  const httpBase = endpoint.replace(/^ws/i, 'http');
  const attachmentUrls = new Map(); // server path → object URL of the bytes already here

  function identityHeaders() {
    const id = connection.identity;
    return id ? { 'X-ShopDesk-Customer': String(id.customerId), 'X-ShopDesk-Expires': String(id.expires),
      'X-ShopDesk-Signature': id.signature } : {};
  }

  /** An object URL of an attachment's bytes, fetched once with the shopper's identity (an <img src> could not send it). */
  function loadAttachment(data) {
    const path = data && data.url;
    if (attachmentUrls.has(path)) return Promise.resolve(attachmentUrls.get(path));
    return fetch(new URL(path, httpBase), { headers: identityHeaders(), credentials: 'omit' })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (!blob) return null;
        const objectUrl = URL.createObjectURL(blob);
        attachmentUrls.set(path, objectUrl);
        return objectUrl;
      });
  }

  /** The text of a refused upload: the server's reply in the shopper's language, else a general one. */
  function uploadError(xhr) {
    try {
      const body = JSON.parse(xhr.responseText);
      const reply = body && Array.isArray(body.replies) ? body.replies[0] : null;
      if (reply && typeof reply.text === 'string' && reply.text) return reply.text;
    } catch {
      /* not JSON: a proxy's page, say */
    }
    return t('uploadFailed');
  }

  /** Sends a photo or PDF the shopper chose; the bubble and the bot's answer appear once the server stored it. */
  function attach(file) {
    const cid = connection.conversationId;
    if (!cid) {
      view.setUpload({ state: 'error', text: t('attachFirst') });
      return;
    }
    const name = file.name || 'photo';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL(`/api/chat/conversations/${encodeURIComponent(cid)}/attachments`, httpBase));
    for (const [k, v] of Object.entries(identityHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) view.setUpload({ state: 'sending', text: t('uploading', name, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.onerror = () => view.setUpload({ state: 'error', text: t('uploadFailed') });
    xhr.onload = () => {
      if (xhr.status !== 201) {
        view.setUpload({ state: 'error', text: uploadError(xhr) });
        return;
      }
      view.setUpload({ state: 'idle' });
      let body;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return;
      }
      const data = body && body.attachment && typeof body.attachment === 'object' ? body.attachment : {};
      if (typeof data.url === 'string' && /^image\//.test(data.contentType)) attachmentUrls.set(data.url, URL.createObjectURL(file));
      view.addMessage({ role: 'shopper', type: 'attachment', text: String(data.name || name), data });
      for (const reply of Array.isArray(body.replies) ? body.replies : []) {
        if (reply && typeof reply === 'object') view.addMessage({ ...reply, role: replyRole(reply, 'bot') });
      }
    };
    const form = new FormData();
    form.append('file', file, name);
    form.append('locale', locale);
    view.setUpload({ state: 'sending', text: t('uploading', name, 0) });
    xhr.send(form);
  }

  function rate(score) {
    const card = view.lastOfType('rating_request');
    if (!connection.sendRating(score)) {
      view.addLocalError(t('ratingNotSent'));
      return;
    }
    if (card) view.updateData(card, { score });
  }

  /** A centred notice about the hand-off (queued, agent joined or left, thanks for rating). */
  function notice(type, text, data) {
    view.addMessage({ role: 'system', type, text, data });
  }

  // The one notice that says where the shopper stands in the queue: the hand-off reply itself, or, once an agent had
  // the chat and it went back to the queue, one notice of its own. Its place and wait (data.queue) are drawn again in
  // place when they change (the queue moved, a message answered with the place), never as a second notice.
  let queueNotice = null;
  let queueState = null;

  // The element is looked up again each time: a language switch draws every message anew.
  function showQueue(patch) {
    queueState = { ...(queueState || {}), ...patch };
    const el = (queueState && view.lastWithData('queue')) || queueNotice;
    queueNotice = el ? view.updateData(el, { queue: queueState }) : null;
    if (!queueNotice) queueNotice = view.addMessage({ role: 'system', type: 'handoff_queued', text: '', data: { queue: queueState } });
  }

  /** The later in the page of two messages' elements (either may be null). */
  function latestOf(a, b) {
    if (!a || !b) return a || b;
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a;
  }

  /** The chat left the queue (an agent joined, the shopper withdrew, it was handed back): the place line goes. */
  function endQueue() {
    const el = view.lastWithData('queue');
    if (el) view.updateData(el, { queue: null });
    queueNotice = null;
    queueState = null;
  }

  /** What a reply says of the wait: the hand-off's or a queue answer's availability and opening time. */
  function waitOf(reply) {
    const data = reply && reply.data && typeof reply.data === 'object' ? reply.data : {};
    return typeof data.availability === 'string' ? { availability: data.availability, opensAt: data.opensAt || null } : {};
  }

  function setLocale(next) {
    if (next !== 'zh' && next !== 'en') return;
    locale = next;
    t = translator(locale);
    persistLocale(locale);
    view.setLocale(locale);
  }

  function send(rawText) {
    const text = typeof rawText === 'string' ? rawText : String(rawText ?? '');
    if (text.trim() === '') return false;
    if (text.length > MAX_LENGTH) {
      view.addLocalError(t('tooLong', MAX_LENGTH));
      return false;
    }
    typingThrottle.reset();
    const id = connection.enqueue(text, locale);
    view.addMessage({ role: 'shopper', type: 'text', text }, { localId: id, pending: true });
    showBotTyping();
    connection.flush();
    return true;
  }

  function replyRole(reply, fallbackRole) {
    if (reply && (reply.role === 'agent' || reply.role === 'bot' || reply.role === 'shopper')) return reply.role;
    if (reply && reply.type === 'agent') return 'agent';
    return fallbackRole;
  }

  function handlePayload(payload) {
    switch (payload.kind) {
      case 'history':
        withAgent = heldByAgent(payload.messages);
        view.replaceHistory(payload.messages);
        // The server follows a history with the place in the queue when the chat waits in it (queue_position): it is
        // drawn under the latest hand-off notice of the history, the hand-off reply or a transfer back to the queue,
        // as before the reload; not under a new notice of its own.
        queueState = null;
        queueNotice = latestOf(view.lastOfType('handoff'), view.lastOfType('transferred'));
        if (connection.pendingCount === 0) view.hideTyping();
        // Resolved while the page was away and not rated yet: ask again.
        if (Number.isInteger(payload.pendingRating)) {
          view.addMessage({ role: 'system', type: 'rating_request', text: '', data: { escalationId: payload.pendingRating } });
        }
        break;
      case 'turn': {
        hideBotTypingWhenAnswered();
        const replies = Array.isArray(payload.replies) ? payload.replies : [];
        const analysis = payload.analysis && typeof payload.analysis === 'object' ? payload.analysis : null;
        const intent = analysis && analysis.intent && typeof analysis.intent.name === 'string' ? analysis.intent.name : undefined;
        let wait = {};
        replies.forEach((reply, i) => {
          if (!reply || typeof reply !== 'object') return;
          const el = view.addMessage({ ...reply, role: replyRole(reply, 'bot') }, { intent: i === 0 ? intent : undefined });
          if (reply.type === 'handoff') {
            // A new hand-off: its reply is the queue notice from now on.
            endQueue();
            queueNotice = el;
          }
          wait = { ...wait, ...waitOf(reply) };
        });
        const handoff = payload.handoff && typeof payload.handoff === 'object' ? payload.handoff : null;
        if (handoff && handoff.status === 'queued') {
          showQueue({ ...wait, ...(Number.isInteger(handoff.position) && handoff.position > 0 ? { position: handoff.position } : {}) });
        } else if (handoff && handoff.status === 'held') {
          endQueue();
        } else if (!handoff && !replies.some((r) => r && r.type === 'handoff')) {
          // Withdrawn, or the bot is in charge again: no place in any queue.
          endQueue();
        }
        break;
      }
      case 'error':
        if (connection.pendingCount === 0) view.hideTyping();
        view.addMessage({
          role: 'system',
          type: 'error',
          text: payload.message || payload.code || 'error',
          data: { code: payload.code },
        });
        break;
      case 'handoff':
        view.hideTyping();
        if (!queueNotice) queueNotice = view.lastOfType('handoff');
        showQueue(Number.isInteger(payload.position) && payload.position > 0 ? { position: payload.position } : {});
        break;
      case 'queue_position':
        if (Number.isInteger(payload.position) && payload.position > 0) showQueue({ position: payload.position, ...waitOf({ data: payload }) });
        break;
      case 'agent_joined':
        withAgent = true;
        endQueue();
        notice('agent_joined', t('agentJoined', typeof payload.agent === 'string' ? payload.agent : ''), { agent: payload.agent });
        break;
      case 'agent_message': {
        view.hideTyping();
        const m = payload.message && typeof payload.message === 'object' ? payload.message : {};
        view.addMessage({ ...m, role: 'agent', type: m.type || 'text' });
        break;
      }
      case 'agent_typing':
        view.showAgentTyping(typeof payload.agent === 'string' ? payload.agent : '');
        break;
      case 'agent_left':
        withAgent = false;
        endQueue();
        view.hideTyping();
        notice('agent_left', t({ resolved: 'agentLeftResolved', transferred: 'agentLeftTransferred', agent_offline: 'agentLeftOffline' }[payload.reason]
          || 'agentLeftReleased'), { reason: payload.reason });
        break;
      case 'rating_request':
        view.addMessage({ role: 'system', type: 'rating_request', text: '', data: { escalationId: payload.escalationId } });
        break;
      case 'rating_saved': {
        const card = view.lastOfType('rating_request');
        const score = Number.isInteger(payload.score) ? payload.score : null;
        if (card) view.updateData(card, { score, saved: true });
        notice('rating_saved', t('ratingThanks', score ?? ''), { score });
        break;
      }
      default: {
        // Forward-compatible: a push with replies, or a single message.
        if (Array.isArray(payload.replies)) {
          for (const reply of payload.replies) {
            if (reply && typeof reply === 'object') view.addMessage({ ...reply, role: replyRole(reply, 'bot') });
          }
        } else if (typeof payload.text === 'string') {
          const fallbackRole = payload.kind === 'agent' ? 'agent' : 'bot';
          view.addMessage({ ...payload, type: payload.type || payload.kind || 'text', role: replyRole(payload, fallbackRole) });
        }
      }
    }
  }

  (document.body || document.documentElement).appendChild(host);

  // A returning shopper: connect now so the conversation is replayed (and any
  // agent message shows up as unread) without waiting for the panel to open.
  if (connection.conversationId) connection.start();

  const api = {
    open: () => view.open(),
    close: () => view.close(),
    toggle: () => (view.isOpen ? view.close() : view.open()),
    send: (text) => send(text),
    setLocale: (l) => setLocale(l),
    /** A fresh signed identity from the shop (before the old one expires), or null when the shopper logged out. */
    setIdentity: (identity) => connection.setIdentity(identity),
    get locale() {
      return locale;
    },
    get conversationId() {
      return connection.conversationId;
    },
    get status() {
      return connection.state;
    },
    endpoint,
  };
  Object.defineProperty(api, '__mounted', { value: true });
  window.ShopDesk = Object.freeze(api);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount, { once: true });
} else {
  mount();
}
